// The window as the engine under test sees it, with every timer, frame and idle callback it
// asks for counted while pending, and every MutationObserver it creates counted while it
// observes: after `stop()` all must be zero, so nothing of the engine can wake again.

/** Pending callbacks and observing observers, by kind. */
export interface LiveWork {
  timeouts: number;
  intervals: number;
  frames: number;
  idleCallbacks: number;
  observers: number;
}

const live = {
  timeouts: new Set<number>(),
  intervals: new Set<number>(),
  frames: new Set<number>(),
  idleCallbacks: new Set<number>(),
  observers: new Set<MutationObserver>(),
};

/** What is live now. */
export function liveWork(): LiveWork {
  return {
    timeouts: live.timeouts.size,
    intervals: live.intervals.size,
    frames: live.frames.size,
    idleCallbacks: live.idleCallbacks.size,
    observers: live.observers.size,
  };
}

// True while the engine starts: observers created then are the engine's, not the page's.
let starting = false;

/** Runs `start`, counting the observers it creates as the engine's. */
export function whileStarting(start: () => void): void {
  starting = true;
  try {
    start();
  } finally {
    starting = false;
  }
}

// Schedules `callback` once with `schedule`, keeping its handle in `set` until it runs.
function pending<A extends unknown[]>(
  set: Set<number>,
  schedule: (run: (...args: A) => void) => number,
  callback: (...args: A) => void,
): number {
  const handle = schedule((...args) => {
    set.delete(handle);
    callback(...args);
  });
  set.add(handle);
  return handle;
}

function cancel(set: Set<number>, handle: number, clear: (handle: number) => void): void {
  set.delete(handle);
  clear(handle);
}

/** `window`, with its scheduling counted (see the file's comment). Use once per page. */
export function trackedHost(window: Window & typeof globalThis): Window & typeof globalThis {
  const { timeouts, intervals, frames, idleCallbacks } = live;
  const tracked = {
    setTimeout: (callback: () => void, ms?: number) =>
      pending(timeouts, (run) => window.setTimeout(run, ms), callback),
    clearTimeout: (handle: number) => cancel(timeouts, handle, window.clearTimeout),
    setInterval: (callback: () => void, ms?: number) => {
      const handle = window.setInterval(callback, ms);
      intervals.add(handle);
      return handle;
    },
    clearInterval: (handle: number) => cancel(intervals, handle, window.clearInterval),
    requestAnimationFrame: (callback: FrameRequestCallback) =>
      pending(frames, (run) => window.requestAnimationFrame(run), callback),
    cancelAnimationFrame: (handle: number) => cancel(frames, handle, window.cancelAnimationFrame),
    requestIdleCallback: (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
      pending(idleCallbacks, (run) => window.requestIdleCallback(run, options), callback),
    cancelIdleCallback: (handle: number) =>
      cancel(idleCallbacks, handle, window.cancelIdleCallback),
  };
  // The engine creates its observer from the global constructor, inside `whileStarting`.
  window.MutationObserver = class extends window.MutationObserver {
    private readonly ownedByEngine = starting;
    override observe(target: Node, options?: MutationObserverInit) {
      if (this.ownedByEngine) live.observers.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      live.observers.delete(this);
      super.disconnect();
    }
  };
  // Everything else (performance, the DOM constructors, the viewport's size) is the window's.
  return new Proxy(window, {
    get: (target, key) =>
      Object.hasOwn(tracked, key) ? tracked[key as keyof typeof tracked] : Reflect.get(target, key),
  });
}
