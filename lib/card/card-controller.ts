import type { PageWindow } from './page-window';
import type { Catalog } from '../catalog/catalog';
import type { Annotator } from '../page/annotator';
import { mentionRects } from '../page/mention-at-point';
import { comparePageOrder } from '../page/mention-index';
import type { PageMention } from '../page/page-mention';
import type { CardModel, CardView } from './card-model';
import { placeCard } from './card-placement';
import { recordCardOpen } from './card-timing';
import { HoverIntent } from './hover-intent';
import type { Direction } from './mention-steps';
import { CardTrail, positionOf, stepAround, stepWithin } from './mention-steps';
import { nearMentions } from './near-mentions';
import { PointerTracker } from './pointer-tracker';
import type { PointerReport } from './pointer-tracker';
import {
  deepActiveElement,
  firstMentionInView,
  isInTopLayer,
  scrollMentionIntoView,
} from './page-focus';

/** How the card was opened, which decides focus and whether leaving closes it. */
type Opener = 'hover' | 'tap' | 'keyboard';

/** Preferences the card follows. */
export interface CardPreferences {
  dwellMs: number;
  tapOpensCards: boolean;
  /** The subtle style: mentions near the pointer are emphasised. */
  subtle: boolean;
}

const GRACE_MS = 300;

/**
 * The card of the mention under the pointer, or of the one reached by keyboard or popup: when
 * it opens and closes (HoverIntent), which entry and mention it shows (CardTrail, mention
 * steps), where it is (placeCard), where focus goes, and its timing measure. Draws through a
 * CardView, so it runs the same in the content script and in test pages.
 */
export class CardController {
  private readonly intent: HoverIntent<PageMention>;
  private readonly tracker: PointerTracker;
  // The mention the card is drawn for: open, or drawn ahead, hidden, while the pointer dwells.
  private anchor: PageMention | null = null;
  private visible = false;
  private placed = false;
  private dialog: HTMLElement | null = null;
  // Focus goes into the card once it is visible (a hidden element cannot take focus).
  private focusWhenShown = false;
  private lineIndex = 0;
  private trail: CardTrail | null = null;
  private opener: Opener = 'hover';
  private nextOpener: Opener | null = null;
  private returnFocus: HTMLElement | null = null;
  private unplace: (() => void) | null = null;
  private lastPoint: { x: number; y: number } | null = null;
  private nearBlock: Element | null = null;
  private renders = 0;

  constructor(
    private readonly window: PageWindow,
    private readonly annotator: Annotator,
    private readonly catalog: Catalog,
    private readonly view: CardView,
    private preferences: CardPreferences,
    private readonly onEscapeElsewhere: () => void = () => undefined,
  ) {
    const timers = {
      setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
      clearTimeout: (handle: number) => window.clearTimeout(handle),
    };
    this.intent = new HoverIntent(
      timers,
      { dwellMs: preferences.dwellMs, graceMs: GRACE_MS },
      {
        open: (mention) => this.open(mention, this.takeOpener()),
        close: () => this.close(),
        pending: (mention) => this.drawAhead(mention),
      },
    );
    this.tracker = new PointerTracker(
      {
        window,
        holdsMention: (element) => annotator.index.holdsMentionText(element),
        mentionAt: (x, y) => annotator.mentionAt(x, y),
        isOwnUi: (target) => view.isOwnUi(target),
      },
      {
        moved: (report) => this.onMoved(report),
        tapped: (report) => this.onTapped(report),
        escape: () => this.onEscape(),
      },
    );
    this.tracker.setTrackBlocks(preferences.subtle);
  }

  /**
   * Called when Esc was pressed where this frame's card could not hear it (another frame has
   * the focus): closes the card as Esc would.
   */
  dismiss(): void {
    this.intent.dismiss();
  }

  /** Applies new preferences. */
  setPreferences(preferences: CardPreferences): void {
    this.preferences = preferences;
    this.intent.setDwell(preferences.dwellMs);
    this.tracker.setTrackBlocks(preferences.subtle);
    if (!preferences.subtle) this.setNear(null);
  }

  /** The page's mentions changed: close a card whose mention went, refresh an open one. */
  mentionsChanged(): void {
    if (!this.anchor) return;
    if (this.annotator.display.isShown(this.anchor)) void this.render();
    else if (this.visible) this.intent.close();
    else this.discard();
  }

  /** Moves to the next or previous mention of the page and opens its card with focus in it. */
  goToMention(direction: Direction): boolean {
    const list = this.annotator.display.inPageOrder();
    const from = this.anchor;
    const target = from
      ? stepAround(list, from, direction, comparePageOrder)
      : firstMentionInView(this.window, list, direction);
    return target !== null && this.openByKeyboard(target);
  }

  /** Moves to the next mention of an entry (the popup's choice) and opens its card. */
  showEntry(entryId: string): boolean {
    const list = this.annotator.display.inPageOrder().filter((m) => m.entryId === entryId);
    const from = this.anchor?.entryId === entryId ? this.anchor : null;
    const target = stepAround(list, from, 'next', comparePageOrder);
    return target !== null && this.openByKeyboard(target);
  }

  /** Closes the card and stops listening; the page is left as it was. */
  stop(): void {
    this.intent.close();
    this.tracker.stop();
    this.setNear(null);
  }

  private openByKeyboard(target: PageMention): boolean {
    if (this.opener !== 'keyboard' || !this.anchor)
      this.returnFocus = deepActiveElement(this.window);
    scrollMentionIntoView(this.window, target);
    this.nextOpener = 'keyboard';
    this.intent.openNow(target);
    return true;
  }

  private takeOpener(): Opener {
    const opener = this.nextOpener ?? 'hover';
    this.nextOpener = null;
    return opener;
  }

  private onMoved(report: PointerReport & { element: Element | null }): void {
    this.lastPoint = { x: report.x, y: report.y };
    this.intent.update({ overCard: report.overCard, target: report.mention });
    if (this.preferences.subtle && !report.overCard) this.setNear(report.element);
  }

  // Esc closes this frame's card; with none open here, the card may be in another frame, which
  // does not hear keys pressed while the focus is in this one.
  private onEscape(): void {
    if (this.intent.open !== null) this.intent.dismiss();
    else this.onEscapeElsewhere();
  }

  private onTapped(report: PointerReport): void {
    if (report.overCard) return;
    if (!report.mention) {
      this.intent.close();
      return;
    }
    if (!this.preferences.tapOpensCards || report.mention === this.anchor) return;
    this.lastPoint = { x: report.x, y: report.y };
    this.nextOpener = 'tap';
    this.intent.openNow(report.mention);
  }

  private open(mention: PageMention, opener: Opener): void {
    const start = this.window.performance.now();
    this.opener = opener;
    const drawn = this.anchor === mention && !this.visible;
    if (!drawn) this.setAnchor(mention, opener === 'keyboard' ? null : this.lastPoint);
    this.visible = true;
    this.annotator.display.setActive(mention);
    const shown = drawn && this.dialog ? Promise.resolve(this.dialog) : this.render(true);
    this.focusWhenShown = opener === 'keyboard';
    void shown.then((dialog) => {
      if (!dialog || this.anchor !== mention) return;
      this.reveal(dialog);
      recordCardOpen(this.window, start, mention.entryId);
    });
  }

  // While the pointer dwells on a mention, its card is drawn and placed, hidden, so that the
  // end of the dwell only has to show it. Not while another card is open: that one stays.
  private drawAhead(mention: PageMention | null): void {
    if (this.visible) return;
    if (!mention) return this.discard();
    this.setAnchor(mention, this.lastPoint);
    void this.render(true);
  }

  private setAnchor(mention: PageMention, point: { x: number; y: number } | null): void {
    this.anchor = mention;
    this.trail = new CardTrail(mention.entryId);
    this.lineIndex = this.lineUnder(mention, point);
  }

  private discard(): void {
    this.renders++;
    this.unplace?.();
    this.unplace = null;
    this.placed = false;
    this.dialog = null;
    this.view.hide();
    this.anchor = null;
    this.trail = null;
  }

  private close(): void {
    const hadFocus = this.opener === 'keyboard' && this.focusIsOurs();
    this.visible = false;
    this.discard();
    this.annotator.display.setActive(null);
    // Esc or the close button return focus where it was before the card took it.
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private model(): CardModel | null {
    const { anchor, trail } = this;
    const entry = trail && this.catalog.get(trail.current);
    if (!anchor || !trail || !entry) return null;
    const list = this.annotator.display.inPageOrder().filter((m) => m.entryId === entry.id);
    const backTo = trail.previous === null ? null : (this.nameOf(trail.previous) ?? null);
    return {
      entry,
      nameOf: (id) => this.nameOf(id),
      position: { index: positionOf(list, anchor), total: list.length },
      backTo,
      onClose: () => this.intent.dismiss(),
      onBack: () => this.retrace(() => trail.back()),
      onRelated: (id) => this.retrace(() => trail.follow(id)),
      onPrevious: () => this.step(list, 'previous'),
      onNext: () => this.step(list, 'next'),
      onFocusLeave: () => {
        if (this.opener === 'keyboard') this.intent.close();
      },
    };
  }

  // Draws the card for the anchor and the trail's entry; places it anew when `place` is set.
  private async render(place = false): Promise<HTMLElement | null> {
    const model = this.model();
    if (!model) return null;
    const anchor = this.anchor!;
    const generation = ++this.renders;
    const dialog = await this.view.render(model);
    if (!dialog || generation !== this.renders) return null;
    if (place || !this.unplace || dialog !== this.dialog) this.place(dialog, anchor);
    this.dialog = dialog;
    return dialog;
  }

  // Shows a placed card (an unplaced one shows when placed) and gives it focus when asked.
  private reveal(dialog: HTMLElement): void {
    if (!this.placed || !this.visible) return;
    dialog.style.visibility = '';
    if (this.focusWhenShown) dialog.focus({ preventScroll: true });
    this.focusWhenShown = false;
  }

  private retrace(change: () => void): void {
    change();
    void this.render();
  }

  // The card's previous and next: another mention of the entry shown, which the card follows.
  private step(list: readonly PageMention[], direction: Direction): void {
    const target = stepWithin(list, this.anchor, direction, comparePageOrder);
    if (!target) return;
    scrollMentionIntoView(this.window, target);
    this.anchor = target;
    this.lineIndex = 0;
    this.annotator.display.setActive(target);
    void this.render(true);
  }

  private place(dialog: HTMLElement, anchor: PageMention): void {
    this.unplace?.();
    this.placed = false;
    dialog.style.visibility = 'hidden';
    joinTopLayer(dialog, isInTopLayer(anchor));
    const context = anchor.nodes[0]?.parentElement ?? this.window.document.documentElement;
    const lineBox = () => {
      const rects = mentionRects(this.window, anchor);
      return rects[this.lineIndex] ?? rects[0] ?? null;
    };
    this.unplace = placeCard(dialog, lineBox, context, () => {
      this.placed = true;
      this.reveal(dialog);
    });
  }

  // Which of the mention's line boxes the point is on (a mention may wrap over two lines).
  private lineUnder(mention: PageMention, point: { x: number; y: number } | null): number {
    if (!point) return 0;
    const at = mentionRects(this.window, mention).findIndex(
      (rect) => point.y >= rect.top && point.y <= rect.bottom,
    );
    return Math.max(at, 0);
  }

  private setNear(element: Element | null): void {
    const block = element ? nearMentions.blockOf(element) : null;
    if (block === this.nearBlock) return;
    this.nearBlock = block;
    this.annotator.display.setNear(block ? nearMentions.within(block, this.annotator.index) : []);
  }

  private nameOf(id: string): string | undefined {
    return this.catalog.get(id)?.name;
  }

  private focusIsOurs(): boolean {
    const active = deepActiveElement(this.window);
    return !active || active === this.window.document.body || this.view.isOwnUi(active);
  }
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
