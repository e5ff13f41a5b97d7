import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardPreferences } from '../card/card-controller';
import type { PageWindow } from '../card/page-window';
import type { Direction } from '../card/mention-steps';
import type { Annotator } from '../page/annotator';
import type { MentionRenderer } from '../page/mention-renderer';

/**
 * The contract between the page stage of the content script (lib/content/page-stage.ts), which
 * finds mentions and decides what is shown, and the second stage (drawing, the card, Preact,
 * Floating UI, the full entries), an extension module the page stage imports only when something
 * will be shown or a reader asks for a card. Both sides import only types from here.
 */
export interface SecondStageModule {
  /** How mentions are drawn in `window` (the Highlight API, or wrapping where it is missing). */
  createRenderer(window: Window): MentionRenderer;
  /** Highlight styles for the page's open shadow roots (the document's come from the manifest). */
  highlightCss: string;
  /** Starts the card for a running annotator; resolves once the entries are loaded. */
  startCard(options: CardStageOptions): Promise<CardStage>;
}

/** What the card is started with. */
export interface CardStageOptions {
  ctx: ContentScriptContext;
  window: PageWindow;
  annotator: Annotator;
  preferences: CardPreferences;
  /** Esc was pressed here with no card open here (it may be open in another frame). */
  onEscapeElsewhere(): void;
}

/** The card of one page, as the page stage drives it. */
export interface CardStage {
  /** The page's shown mentions changed. */
  mentionsChanged(): void;
  setPreferences(preferences: CardPreferences): void;
  showEntry(entryId: string): boolean;
  goToMention(direction: Direction): boolean;
  /** Closes the card (Esc was pressed in another frame). */
  dismiss(): void;
  /** Removes the card and its host from the page. */
  stop(): void;
}
