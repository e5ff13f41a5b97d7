/**
 * Runs work in short slices that yield to the page between them, recording each slice as a
 * `performance.measure` entry ("context-cards:slice") that tests and benchmarks can read.
 */

/** Name of the performance entries recorded for each slice of work. */
export const SLICE_MEASURE = 'context-cards:slice';
/** The longest a slice may run before yielding, in milliseconds. */
export const SLICE_BUDGET_MS = 8;
// The page's performance buffer is shared: keep at most this many of our entries in it.
const MAX_RECORDED_SLICES = 1000;

/** Does one slice of work until `deadline` (a `performance.now()` time); true when more is left. */
export type SliceWork = (deadline: number) => boolean;

/** What the scheduler needs from the window; a parameter so that tests can drive it. */
export interface SchedulerHost {
  performance: Performance;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  requestIdleCallback?(
    callback: (deadline: IdleDeadline) => void,
    options?: { timeout: number },
  ): number;
  cancelIdleCallback?(handle: number): void;
}

/** Schedules `work` in slices; `request()` asks for it to run, `cancel()` stops it for good. */
export class SliceScheduler {
  private pending: { idle: boolean; handle: number } | null = null;
  private recorded = 0;
  private stopped = false;

  constructor(
    private readonly host: SchedulerHost,
    private readonly work: SliceWork,
  ) {}

  /** Asks for the work to run soon (a no-op when it is already scheduled). */
  request(): void {
    if (this.pending || this.stopped) return;
    const run = (idleDeadline?: IdleDeadline) => {
      this.pending = null;
      this.runSlice(idleDeadline);
    };
    // Idle time first, so the page's own work wins; the timeout keeps busy pages from starving us.
    if (this.host.requestIdleCallback) {
      this.pending = { idle: true, handle: this.host.requestIdleCallback(run, { timeout: 200 }) };
    } else {
      this.pending = { idle: false, handle: this.host.setTimeout(() => run(), 0) };
    }
  }

  /** Cancels pending work; nothing runs after this. */
  cancel(): void {
    this.stopped = true;
    if (!this.pending) return;
    if (this.pending.idle) this.host.cancelIdleCallback?.(this.pending.handle);
    else this.host.clearTimeout(this.pending.handle);
    this.pending = null;
  }

  private runSlice(idleDeadline?: IdleDeadline): void {
    if (this.stopped) return;
    const { performance } = this.host;
    const start = performance.now();
    const idle = idleDeadline && !idleDeadline.didTimeout ? idleDeadline.timeRemaining() : 0;
    const budget = Math.min(SLICE_BUDGET_MS, Math.max(idle, 4));
    let more = false;
    try {
      more = this.work(start + budget);
    } finally {
      this.record(start, performance.now());
    }
    if (more) this.request();
  }

  private record(start: number, end: number): void {
    const { performance } = this.host;
    try {
      if (++this.recorded > MAX_RECORDED_SLICES) {
        performance.clearMeasures(SLICE_MEASURE);
        this.recorded = 1;
      }
      performance.measure(SLICE_MEASURE, { start, end });
    } catch {
      // A page may have replaced or broken its Performance object; timing is optional.
    }
  }
}
