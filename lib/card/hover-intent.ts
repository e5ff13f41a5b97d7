/** Timers, passed in so that tests can drive them. */
export interface IntentTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/** What the reader's pointer is doing, as hit tests see it on each frame. */
export interface PointerState<T> {
  /** The pointer is over the open card. */
  overCard: boolean;
  /** The mention under the pointer, if any. */
  target: T | null;
}

/**
 * When a card opens, switches and closes, following WCAG 2.1 SC 1.4.13: resting on a mention
 * for `dwellMs` opens its card; leaving gives `graceMs` to reach the card, which then stays
 * while the pointer is over it (hoverable); it never closes on a timer while the pointer is on
 * the mention or the card (persistent); `dismiss` (Esc) closes it, and it stays closed until
 * the pointer leaves that mention (dismissible). Moving to another mention switches the open
 * card after the dwell, without closing it first. A card opened by tap, keyboard or popup is
 * sticky: moving the pointer away does not close it. Pure logic over timers.
 */
export class HoverIntent<T> {
  private current: T | null = null;
  private sticky = false;
  private pending: { target: T; timer: number } | null = null;
  private grace: number | null = null;
  private dismissed: T | null = null;
  private under: T | null = null;

  constructor(
    private readonly timers: IntentTimers,
    private readonly delays: { dwellMs: number; graceMs: number },
    private readonly events: {
      open(target: T): void;
      close(): void;
      /** A dwell started on `target`, or (null) the one under way was cancelled. */
      pending?(target: T | null): void;
    },
  ) {}

  /** The target whose card is open. */
  get open(): T | null {
    return this.current;
  }

  /** Changes the dwell (a new preference). */
  setDwell(dwellMs: number): void {
    this.delays.dwellMs = dwellMs;
  }

  /** Takes in where the pointer is now. */
  update({ overCard, target }: PointerState<T>): void {
    this.under = overCard ? this.under : target;
    // The dismissed mention may open again once the pointer has left it.
    if (target !== this.dismissed) this.dismissed = null;
    if (overCard || (target !== null && target === this.current)) {
      this.cancelPending();
      this.cancelGrace();
      return;
    }
    if (target === null || target === this.dismissed) {
      this.cancelPending();
      if (this.current !== null && !this.sticky) this.startGrace();
      return;
    }
    // Another mention: the open card, if any, stays while the pointer dwells on this one.
    this.cancelGrace();
    if (this.pending?.target !== target) this.startDwell(target);
  }

  /** Opens `target`'s card at once (tap, keyboard, popup); the card is sticky. */
  openNow(target: T): void {
    this.cancelPending();
    this.cancelGrace();
    this.dismissed = null;
    this.current = target;
    this.sticky = true;
    this.events.open(target);
  }

  /** Esc: closes the card, which stays closed while the pointer rests on the same mention. */
  dismiss(): void {
    if (this.current === null && this.pending === null) return;
    this.dismissed = this.under ?? this.current;
    this.close();
  }

  /** Closes the card (its mention went away, the site was switched off). */
  close(): void {
    this.cancelPending();
    this.cancelGrace();
    const wasOpen = this.current !== null;
    this.current = null;
    this.sticky = false;
    if (wasOpen) this.events.close();
  }

  private startDwell(target: T): void {
    this.cancelPending();
    const timer = this.timers.setTimeout(() => {
      // The dwell ends in an open, not a cancellation: `pending` is not told.
      this.pending = null;
      this.current = target;
      this.sticky = false;
      this.events.open(target);
    }, this.delays.dwellMs);
    this.pending = { target, timer };
    this.events.pending?.(target);
  }

  private startGrace(): void {
    if (this.grace !== null) return;
    this.grace = this.timers.setTimeout(() => {
      this.grace = null;
      this.close();
    }, this.delays.graceMs);
  }

  private cancelPending(): void {
    if (!this.pending) return;
    this.timers.clearTimeout(this.pending.timer);
    this.pending = null;
    this.events.pending?.(null);
  }

  private cancelGrace(): void {
    if (this.grace !== null) this.timers.clearTimeout(this.grace);
    this.grace = null;
  }
}
