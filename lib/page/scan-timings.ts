import { SLICE_MEASURE } from './slice-scheduler';

/** Name of the performance mark made each time the page has been fully annotated. */
export const SCAN_COMPLETE_MARK = 'context-cards:scan-complete';

/** Marks the end of a full pass, keeping only the latest mark in the page's timeline. */
export function markScanComplete(performance: Performance, mentions: number): void {
  try {
    performance.clearMarks(SCAN_COMPLETE_MARK);
    performance.mark(SCAN_COMPLETE_MARK, { detail: { mentions } });
  } catch {
    // A page may have replaced or broken its Performance object; the mark is optional.
  }
}

/** Takes our entries out of the page's performance timeline. */
export function clearScanTimings(performance: Performance): void {
  try {
    performance.clearMarks(SCAN_COMPLETE_MARK);
    performance.clearMeasures(SLICE_MEASURE);
  } catch {
    // See markScanComplete.
  }
}
