import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PendingWrite } from '../../lib/options/pending-write';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
  clearTimeout: (handle: number) => clearTimeout(handle),
};

test('a value stepped many times is written once, when the reader pauses', () => {
  const write = vi.fn();
  const pending = new PendingWrite<number>(write, 500, timers);
  for (let value = 300; value <= 900; value += 50) {
    pending.propose(value);
    vi.advanceTimersByTime(100);
  }
  expect(write).not.toHaveBeenCalled();
  expect(pending.pending).toBe(true);
  vi.advanceTimersByTime(400);
  expect(write).toHaveBeenCalledTimes(1);
  expect(write).toHaveBeenCalledWith(900);
  expect(pending.pending).toBe(false);
});

test('flush writes at once, and only once', () => {
  const write = vi.fn();
  const pending = new PendingWrite<number>(write, 500, timers);
  pending.propose(250);
  pending.flush();
  pending.flush();
  vi.advanceTimersByTime(1000);
  expect(write.mock.calls).toEqual([[250]]);
});

test('cancel forgets the value', () => {
  const write = vi.fn();
  const pending = new PendingWrite<number>(write, 500, timers);
  pending.propose(250);
  pending.cancel();
  vi.advanceTimersByTime(1000);
  expect(write).not.toHaveBeenCalled();
});
