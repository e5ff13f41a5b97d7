import type { CatalogEntry } from '../catalog/catalog';

/** Where the card's entry stands among the page's shown mentions. */
export interface MentionPosition {
  /** 1-based index of the mention the card is anchored to; null when it is another entry's. */
  index: number | null;
  /** How many shown mentions the entry has on the page. */
  total: number;
}

/** Everything the card shows, and what its controls do: the props of the card component. */
export interface CardModel {
  entry: CatalogEntry;
  /** The name of another entry (related entries, speakers); undefined when unknown. */
  nameOf(id: string): string | undefined;
  position: MentionPosition;
  /** The name of the entry "Back" returns to; null when there is none. */
  backTo: string | null;
  onClose(): void;
  onBack(): void;
  onRelated(id: string): void;
  onPrevious(): void;
  onNext(): void;
  /** Focus moved from the card to somewhere else on the page. */
  onFocusLeave(): void;
}

/** Where the card is drawn; the content layer implements it with a shadow-root UI. */
export interface CardView {
  /**
   * Draws the card (making the UI on first use); resolves to its dialog element, or null when
   * it could not be drawn.
   */
  render(model: CardModel): Promise<HTMLElement | null>;
  /** Takes the card away (the UI host stays, empty). */
  hide(): void;
  /** True when an event target is part of the card UI. */
  isOwnUi(target: EventTarget): boolean;
}
