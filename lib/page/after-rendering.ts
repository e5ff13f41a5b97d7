/** The window's parts `afterRendering` uses. */
export interface RenderingHost {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  requestAnimationFrame?(callback: () => void): number;
  cancelAnimationFrame?(handle: number): void;
}

// Frames stop when the tab is hidden: past this, go ahead without waiting for one.
const LONGEST_WAIT_MS = 1000;

/**
 * Calls `callback` once the browser has rendered the document's current state: from inside the
 * next animation frame, so that work it schedules (an idle callback, a task) runs after that
 * frame's style, layout and paint. Hit tests then read a layout the browser already computed
 * instead of forcing it inside our slice, which on a page that has just built 400,000 nodes
 * costs tens of milliseconds. Returns a function that cancels the wait.
 */
export function afterRendering(host: RenderingHost, callback: () => void): () => void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  const frame = host.requestAnimationFrame?.(finish);
  const timer = host.setTimeout(finish, LONGEST_WAIT_MS);
  function cancel() {
    done = true;
    if (frame !== undefined) host.cancelAnimationFrame?.(frame);
    host.clearTimeout(timer);
  }
  return cancel;
}
