import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ThrottledReporter } from '../../lib/content/throttled-reporter';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function reporter() {
  const sent: number[] = [];
  const host = {
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
    clearTimeout: (handle: number) => clearTimeout(handle),
  };
  return { sent, counts: new ThrottledReporter<number>(host, (count) => sent.push(count), 500) };
}

test('sends the first count at once and then at most one per interval, the last one winning', () => {
  const { sent, counts } = reporter();
  counts.report(3);
  counts.report(7);
  counts.report(12);
  expect(sent).toEqual([3]);
  vi.advanceTimersByTime(500);
  expect(sent).toEqual([3, 12]);
  vi.advanceTimersByTime(2000);
  expect(sent).toEqual([3, 12]);
});

test('does not send the same count twice', () => {
  const { sent, counts } = reporter();
  counts.report(5);
  vi.advanceTimersByTime(600);
  counts.report(5);
  expect(sent).toEqual([5]);
});

test('cancel() drops an unsent count', () => {
  const { sent, counts } = reporter();
  counts.report(1);
  counts.report(2);
  counts.cancel();
  vi.advanceTimersByTime(1000);
  expect(sent).toEqual([1]);
});

test('values are told apart by their key', () => {
  const sent: { status: string; count: number }[] = [];
  const host = {
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms) as unknown as number,
    clearTimeout: (handle: number) => clearTimeout(handle),
  };
  const key = (value: { status: string; count: number }) => `${value.status} ${value.count}`;
  const reports = new ThrottledReporter(host, (value) => sent.push(value), 500, key);
  reports.report({ status: 'on', count: 2 });
  vi.advanceTimersByTime(600);
  reports.report({ status: 'on', count: 2 });
  vi.advanceTimersByTime(600);
  reports.report({ status: 'site-off', count: 2 });
  expect(sent).toEqual([
    { status: 'on', count: 2 },
    { status: 'site-off', count: 2 },
  ]);
});
