/** What the reporter needs from the window: timers (passed in so that tests can drive them). */
export interface TimerHost {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/**
 * Sends a value at most once per `intervalMs`, the last value winning, and never the same
 * value (by `key`) twice in a row: a page being annotated changes its mention count in every
 * slice, and the badge needs only the latest.
 */
export class ThrottledReporter<T> {
  private pending: T | null = null;
  private timer: number | null = null;
  private sent: string | null = null;

  constructor(
    private readonly host: TimerHost,
    private readonly send: (value: T) => void,
    private readonly intervalMs = 500,
    private readonly key: (value: T) => string = String,
  ) {}

  /** Notes the current value; it is sent when the interval allows. */
  report(value: T): void {
    this.pending = value;
    if (this.timer !== null) return;
    this.flush();
    this.timer = this.host.setTimeout(() => {
      this.timer = null;
      if (this.pending !== null) this.report(this.pending);
    }, this.intervalMs);
  }

  /** Drops any unsent value and its timer. */
  cancel(): void {
    if (this.timer !== null) this.host.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private flush(): void {
    const value = this.pending;
    this.pending = null;
    if (value === null || this.key(value) === this.sent) return;
    this.sent = this.key(value);
    this.send(value);
  }
}
