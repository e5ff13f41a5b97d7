/** What the reporter needs from the window: timers (passed in so that tests can drive them). */
export interface TimerHost {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/**
 * Sends the page's mention count at most once per `intervalMs`, the last value winning: a page
 * being annotated changes its count in every slice, and the badge needs only the latest.
 */
export class CountReporter {
  private pending: number | null = null;
  private timer: number | null = null;
  private sent: number | null = null;

  constructor(
    private readonly host: TimerHost,
    private readonly send: (count: number) => void,
    private readonly intervalMs = 500,
  ) {}

  /** Notes the current count; it is sent when the interval allows. */
  report(count: number): void {
    this.pending = count;
    if (this.timer !== null) return;
    this.flush();
    this.timer = this.host.setTimeout(() => {
      this.timer = null;
      if (this.pending !== null) this.report(this.pending);
    }, this.intervalMs);
  }

  /** Drops any unsent count and its timer. */
  cancel(): void {
    if (this.timer !== null) this.host.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private flush(): void {
    const count = this.pending;
    this.pending = null;
    if (count === null || count === this.sent) return;
    this.sent = count;
    this.send(count);
  }
}
