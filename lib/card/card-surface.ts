import { mentionRects } from '../page/mention-at-point';
import type { PageMention } from '../page/page-mention';
import type { CardModel, CardView } from './card-model';
import { placeCard } from './card-placement';
import { isInTopLayer } from './page-focus';
import type { PageWindow } from './page-window';

/**
 * The card as drawn: its dialog element from the view, placed beside a line box of its mention,
 * hidden until placed and until asked to show, and given the focus when it shows if asked.
 * Draws are numbered, so that a slow draw overtaken by a newer one is dropped.
 */
export class CardSurface {
  private dialog: HTMLElement | null = null;
  private placed = false;
  private shown = false;
  private focusWhenShown = false;
  private unplace: (() => void) | null = null;
  private draws = 0;

  constructor(
    private readonly window: PageWindow,
    private readonly view: CardView,
  ) {}

  /** The dialog drawn last, if any. */
  get current(): HTMLElement | null {
    return this.dialog;
  }

  /**
   * Draws `model` for `mention`; places it anew beside line box `line` when `place` (or when
   * the view gave another element). Resolves to the dialog, or null when overtaken or undrawn.
   */
  async draw(
    model: CardModel,
    mention: PageMention,
    line: number,
    place: boolean,
  ): Promise<HTMLElement | null> {
    const draw = ++this.draws;
    const dialog = await this.view.render(model);
    if (!dialog || draw !== this.draws) return null;
    if (place || !this.unplace || dialog !== this.dialog) this.place(dialog, mention, line);
    this.dialog = dialog;
    return dialog;
  }

  /** Shows the card once it is placed; with `focus`, the card takes the focus as it shows. */
  show(dialog: HTMLElement, focus: boolean): void {
    this.shown = true;
    this.focusWhenShown = focus;
    this.reveal(dialog);
  }

  /** Takes the card away; a draw still under way is dropped. */
  clear(): void {
    this.draws++;
    this.unplace?.();
    this.unplace = null;
    this.placed = this.shown = this.focusWhenShown = false;
    this.dialog = null;
    this.view.hide();
  }

  private reveal(dialog: HTMLElement): void {
    if (!this.placed || !this.shown) return;
    dialog.style.visibility = '';
    if (this.focusWhenShown) dialog.focus({ preventScroll: true });
    this.focusWhenShown = false;
  }

  private place(dialog: HTMLElement, mention: PageMention, line: number): void {
    this.unplace?.();
    this.placed = false;
    dialog.style.visibility = 'hidden';
    joinTopLayer(dialog, isInTopLayer(mention));
    const context = mention.nodes[0]?.parentElement ?? this.window.document.documentElement;
    const lineBox = () => {
      const rects = mentionRects(this.window, mention);
      return rects[line] ?? rects[0] ?? null;
    };
    this.unplace = placeCard(dialog, lineBox, context, () => {
      this.placed = true;
      this.reveal(dialog);
    });
  }
}

/** Which of a mention's line boxes a point is on (a mention may wrap over two lines); 0 if none. */
export function lineUnder(
  window: PageWindow,
  mention: PageMention,
  point: { x: number; y: number } | null,
): number {
  if (!point) return 0;
  const at = mentionRects(window, mention).findIndex(
    (rect) => point.y >= rect.top && point.y <= rect.bottom,
  );
  return Math.max(at, 0);
}

// A manual popover joins the top layer above the page's modal dialog; otherwise the card keeps
// its high z-index, beneath any modal dialog the reader opens.
function joinTopLayer(dialog: HTMLElement, join: boolean): void {
  const joined = dialog.hasAttribute('popover');
  if (join === joined || typeof dialog.showPopover !== 'function') return;
  if (join) {
    dialog.setAttribute('popover', 'manual');
    dialog.showPopover();
  } else {
    dialog.hidePopover();
    dialog.removeAttribute('popover');
  }
}
