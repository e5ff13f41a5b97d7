import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterRendering } from '../../lib/page/after-rendering';
import type { RenderingHost } from '../../lib/page/after-rendering';

// A host whose animation frames run only when the test says a frame was rendered.
function fakeHost(withFrames = true) {
  const frames = new Map<number, () => void>();
  let nextFrame = 1;
  const host: RenderingHost = {
    setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
    clearTimeout: (handle) => clearTimeout(handle),
  };
  if (withFrames) {
    host.requestAnimationFrame = (callback) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    };
    host.cancelAnimationFrame = (handle) => frames.delete(handle);
  }
  const renderFrame = () => {
    const pending = [...frames.values()];
    frames.clear();
    for (const callback of pending) callback();
  };
  return { host, renderFrame, pendingFrames: () => frames.size };
}

describe('afterRendering', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('waits for the next animation frame, then calls back once', () => {
    const { host, renderFrame } = fakeHost();
    const callback = vi.fn();
    afterRendering(host, callback);
    vi.advanceTimersByTime(500);
    expect(callback).not.toHaveBeenCalled();
    renderFrame();
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  test('goes ahead after a second when no frame comes (a hidden tab)', () => {
    const { host, renderFrame, pendingFrames } = fakeHost();
    const callback = vi.fn();
    afterRendering(host, callback);
    vi.advanceTimersByTime(999);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(pendingFrames()).toBe(0);
    renderFrame();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  test('works without requestAnimationFrame', () => {
    const { host } = fakeHost(false);
    const callback = vi.fn();
    afterRendering(host, callback);
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  test('cancelling stops both the frame and the timer', () => {
    const { host, renderFrame, pendingFrames } = fakeHost();
    const callback = vi.fn();
    const cancel = afterRendering(host, callback);
    cancel();
    expect(pendingFrames()).toBe(0);
    renderFrame();
    vi.advanceTimersByTime(5000);
    expect(callback).not.toHaveBeenCalled();
  });
});
