import type { PageMention } from '../page/page-mention';

/**
 * What the card needs of the page's mentions: the shown ones, hit tests, and the two marks it
 * sets (the active mention, and the ones near the pointer in the subtle style). Narrower than
 * the annotator, so the card can be driven by anything that finds mentions.
 */
export interface CardMentions {
  /** The shown mentions in page order. */
  inPageOrder(): PageMention[];
  isShown(mention: PageMention): boolean;
  /** The shown mention under a point of the viewport. */
  mentionAt(x: number, y: number): PageMention | undefined;
  /** True when an element holds the text of some mention (so a hit test can find one). */
  holdsMentionText(element: Element): boolean;
  /** The mentions whose text lies in `block`. */
  within(block: Element): PageMention[];
  /** Marks the mention whose card is open, or none. */
  setActive(mention: PageMention | null): void;
  /** The subtle style's emphasis on the mentions near the pointer. */
  setNear(mentions: readonly PageMention[]): void;
}
