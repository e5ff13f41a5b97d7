import type { Catalog } from '../catalog/catalog';
import { comparePageOrder } from '../page/mention-index';
import type { PageMention } from '../page/page-mention';
import type { CardMentions } from './card-mentions';
import type { CardModel, CardView } from './card-model';
import type { Anchor, CardState, Opener } from './card-state';
import * as card from './card-state';
import { CardSurface, lineUnder } from './card-surface';
import { recordCardOpen } from './card-timing';
import { FocusReturn } from './focus-return';
import { HoverIntent } from './hover-intent';
import type { Direction } from './mention-steps';
import { positionOf, stepAround, stepWithin } from './mention-steps';
import { NearTracker } from './near-tracker';
import { deepActiveElement, firstMentionInView, scrollMentionIntoView } from './page-focus';
import type { PageWindow } from './page-window';
import { PointerTracker } from './pointer-tracker';
import type { PointerReport } from './pointer-tracker';

/** Preferences the card follows. */
export interface CardPreferences {
  dwellMs: number;
  tapOpensCards: boolean;
  /** The subtle style: mentions near the pointer are emphasised. */
  subtle: boolean;
}

const GRACE_MS = 300;

/**
 * The card of the mention under the pointer, or of the one reached by keyboard or popup. Its
 * state is one value (card-state.ts: closed, drawn ahead, open) changed by pure transitions;
 * this class turns pointer, keyboard and popup events into transitions (through HoverIntent's
 * dwell and grace) and carries out their effects: drawing and placing (CardSurface), the
 * active mark, focus (FocusReturn), the subtle style's emphasis (NearTracker) and the timing
 * measure. Draws through a CardView, so it runs the same in the content script and in tests.
 */
export class CardController {
  private state: CardState<PageMention> = card.CLOSED;
  private readonly intent: HoverIntent<PageMention>;
  private readonly tracker: PointerTracker;
  private readonly surface: CardSurface;
  private readonly focusReturn: FocusReturn;
  private readonly near: NearTracker;
  // How the next opening the intent reports was asked for (hover unless said otherwise).
  private nextOpener: Opener | null = null;
  private lastPoint: { x: number; y: number } | null = null;

  constructor(
    private readonly window: PageWindow,
    private readonly mentions: CardMentions,
    private readonly catalog: Catalog,
    private readonly view: CardView,
    private preferences: CardPreferences,
    private readonly onEscapeElsewhere: () => void = () => undefined,
  ) {
    this.surface = new CardSurface(window, view);
    this.focusReturn = new FocusReturn(window);
    this.near = new NearTracker(mentions);
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
        holdsMention: (element) => mentions.holdsMentionText(element),
        mentionAt: (x, y) => mentions.mentionAt(x, y),
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
    if (!preferences.subtle) this.near.update(null);
  }

  /** The page's mentions changed: close a card whose mention went, refresh an open one. */
  mentionsChanged(): void {
    const verdict = card.afterMentionsChanged(this.state, (m) => this.mentions.isShown(m));
    if (verdict === 'redraw') void this.draw(false);
    else if (verdict === 'close') this.intent.close();
    else if (verdict === 'discard') this.discard();
  }

  /** Moves to the next or previous mention of the page and opens its card with focus in it. */
  goToMention(direction: Direction): boolean {
    const list = this.mentions.inPageOrder();
    const from = card.anchorOf(this.state);
    const target = from
      ? stepAround(list, from, direction, comparePageOrder)
      : firstMentionInView(this.window, list, direction);
    return target !== null && this.openByKeyboard(target);
  }

  /** Moves to the next mention of an entry (the popup's choice) and opens its card. */
  showEntry(entryId: string): boolean {
    const list = this.mentions.inPageOrder().filter((m) => m.entryId === entryId);
    const anchor = card.anchorOf(this.state);
    const from = anchor?.entryId === entryId ? anchor : null;
    const target = stepAround(list, from, 'next', comparePageOrder);
    return target !== null && this.openByKeyboard(target);
  }

  /** Closes the card and stops listening; the page is left as it was. */
  stop(): void {
    this.intent.close();
    this.tracker.stop();
    this.near.update(null);
  }

  private openByKeyboard(target: PageMention): boolean {
    // A keyboard card already open keeps the place focus returns to.
    if (!card.openByKeyboard(this.state)) this.focusReturn.remember();
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
    if (this.preferences.subtle && !report.overCard) this.near.update(report.element);
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
    if (!this.preferences.tapOpensCards || report.mention === card.anchorOf(this.state)) return;
    this.lastPoint = { x: report.x, y: report.y };
    this.nextOpener = 'tap';
    this.intent.openNow(report.mention);
  }

  private anchorAt(
    mention: PageMention,
    point: { x: number; y: number } | null,
  ): Anchor<PageMention> {
    return card.anchorAt(mention, mention.entryId, lineUnder(this.window, mention, point));
  }

  private open(mention: PageMention, opener: Opener): void {
    const start = this.window.performance.now();
    const point = opener === 'keyboard' ? null : this.lastPoint;
    const { state, drawn } = card.open(this.state, this.anchorAt(mention, point), opener);
    this.state = state;
    this.mentions.setActive(mention);
    const ready = this.surface.current;
    const dialog = drawn && ready ? Promise.resolve(ready) : this.draw(true);
    void dialog.then((shown) => {
      if (!shown || card.anchorOf(this.state) !== mention) return;
      this.surface.show(shown, opener === 'keyboard');
      recordCardOpen(this.window, start, mention.entryId);
    });
  }

  // While the pointer dwells on a mention, its card is drawn and placed, hidden, so that the
  // end of the dwell only has to show it. Not while another card is open: that one stays.
  private drawAhead(mention: PageMention | null): void {
    if (this.state.kind === 'open') return;
    if (!mention) return this.discard();
    this.state = card.dwell(this.state, this.anchorAt(mention, this.lastPoint));
    void this.draw(true);
  }

  private discard(): void {
    this.state = card.CLOSED;
    this.surface.clear();
  }

  private close(): void {
    const hadFocus = card.openByKeyboard(this.state) && this.focusIsOurs();
    this.discard();
    this.mentions.setActive(null);
    // Esc or the close button return focus where it was before the card took it.
    this.focusReturn.restore(hadFocus);
  }

  // Draws the card for the anchor and its trail's entry; places it anew when `place` is set.
  private draw(place: boolean): Promise<HTMLElement | null> {
    if (this.state.kind === 'closed') return Promise.resolve(null);
    const { mention, line } = this.state.anchor;
    const model = this.model(this.state.anchor);
    return model ? this.surface.draw(model, mention, line, place) : Promise.resolve(null);
  }

  private model({ mention, trail }: Anchor<PageMention>): CardModel | null {
    const entry = this.catalog.get(trail.current);
    if (!entry) return null;
    const list = this.mentions.inPageOrder().filter((m) => m.entryId === entry.id);
    return {
      entry,
      nameOf: (id) => this.nameOf(id),
      position: { index: positionOf(list, mention), total: list.length },
      backTo: trail.previous === null ? null : (this.nameOf(trail.previous) ?? null),
      onClose: () => this.intent.dismiss(),
      onBack: () => this.retrace(() => trail.back()),
      onRelated: (id) => this.retrace(() => trail.follow(id)),
      onPrevious: () => this.step(list, 'previous'),
      onNext: () => this.step(list, 'next'),
      onFocusLeave: () => {
        if (card.openByKeyboard(this.state)) this.intent.close();
      },
    };
  }

  private retrace(change: () => void): void {
    change();
    void this.draw(false);
  }

  // The card's previous and next: another mention of the entry shown, which the card follows.
  private step(list: readonly PageMention[], direction: Direction): void {
    const target = stepWithin(list, card.anchorOf(this.state), direction, comparePageOrder);
    if (!target) return;
    scrollMentionIntoView(this.window, target);
    this.state = card.stepTo(this.state, target);
    this.mentions.setActive(target);
    void this.draw(true);
  }

  private nameOf(id: string): string | undefined {
    return this.catalog.get(id)?.name;
  }

  private focusIsOurs(): boolean {
    const active = deepActiveElement(this.window);
    return !active || active === this.window.document.body || this.view.isOwnUi(active);
  }
}
