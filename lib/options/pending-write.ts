/** The timers a `PendingWrite` uses (the window's, or a test's). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/**
 * A value the reader is still adjusting (a slider being dragged or stepped with the keys): it is
 * written once they pause for `delayMs`, or at once on `flush` (the control loses focus), so
 * that sync storage sees one write rather than one per step (Chrome allows 120 a minute).
 */
export class PendingWrite<T> {
  private handle: number | null = null;
  private value: T | undefined;

  constructor(
    private readonly write: (value: T) => void,
    private readonly delayMs: number,
    private readonly timers: Timers,
  ) {}

  /** True while a value waits to be written. */
  get pending(): boolean {
    return this.handle !== null;
  }

  /** Replaces the value waiting, and waits `delayMs` again. */
  propose(value: T): void {
    this.value = value;
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = this.timers.setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes the value waiting, if any, now. */
  flush(): void {
    if (this.handle === null) return;
    this.timers.clearTimeout(this.handle);
    this.handle = null;
    this.write(this.value as T);
  }

  /** Forgets the value waiting without writing it. */
  cancel(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }
}
