import type { PageWindow } from './page-window';

/** Name of the measure made each time a card opens: from the decision to open to its paint. */
export const CARD_OPEN_MEASURE = 'context-cards:card-open';

// The page's performance buffer is shared: keep at most this many of our entries in it.
const MAX_RECORDED = 200;
let recorded = 0;

/**
 * Records a `context-cards:card-open` measure from `start` (the end of the dwell, or the tap or
 * key) to the frame that painted the card: the end is taken in a task queued from the next
 * animation frame, which runs once that frame's style, layout and paint are done.
 */
export function recordCardOpen(view: PageWindow, start: number, entryId: string): void {
  view.requestAnimationFrame(() => {
    const channel = new view.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      try {
        if (++recorded > MAX_RECORDED) {
          view.performance.clearMeasures(CARD_OPEN_MEASURE);
          recorded = 1;
        }
        const end = view.performance.now();
        view.performance.measure(CARD_OPEN_MEASURE, { start, end, detail: { entryId } });
      } catch {
        // A page may have replaced or broken its Performance object; timing is optional.
      }
    };
    channel.port2.postMessage(null);
  });
}
