import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { HoverIntent } from '../../lib/card/hover-intent';

let log: string[];
let pending: (string | null)[];
let intent: HoverIntent<string>;

beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  pending = [];
  intent = new HoverIntent<string>(
    { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout },
    { dwellMs: 300, graceMs: 300 },
    {
      open: (target) => log.push(`open ${target}`),
      close: () => log.push('close'),
      pending: (target) => pending.push(target),
    },
  );
});
afterEach(() => vi.useRealTimers());

const on = (target: string | null) => intent.update({ overCard: false, target });
const inCard = () => intent.update({ overCard: true, target: null });

test('opens after the dwell, not before', () => {
  on('a');
  vi.advanceTimersByTime(299);
  expect(log).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(log).toEqual(['open a']);
  expect(intent.open).toBe('a');
});

test('passing over a mention opens nothing', () => {
  on('a');
  vi.advanceTimersByTime(200);
  on(null);
  vi.advanceTimersByTime(1000);
  expect(log).toEqual([]);
});

test('persistent: never closes while the pointer rests on the mention', () => {
  on('a');
  vi.advanceTimersByTime(300);
  for (let i = 0; i < 100; i++) {
    on('a');
    vi.advanceTimersByTime(1000);
  }
  expect(log).toEqual(['open a']);
});

test('hoverable: moving into the card within the grace keeps it, for as long as it is there', () => {
  on('a');
  vi.advanceTimersByTime(300);
  on(null);
  vi.advanceTimersByTime(200);
  inCard();
  vi.advanceTimersByTime(10_000);
  expect(log).toEqual(['open a']);
  on(null);
  vi.advanceTimersByTime(299);
  expect(log).toEqual(['open a']);
  vi.advanceTimersByTime(1);
  expect(log).toEqual(['open a', 'close']);
});

test('leaving closes after the grace', () => {
  on('a');
  vi.advanceTimersByTime(300);
  on(null);
  vi.advanceTimersByTime(300);
  expect(log).toEqual(['open a', 'close']);
});

test('moving to another mention switches without closing first', () => {
  on('a');
  vi.advanceTimersByTime(300);
  on('b');
  vi.advanceTimersByTime(1000);
  expect(log).toEqual(['open a', 'open b']);
});

test('dismissible: Esc closes, and the card stays closed until the pointer leaves the mention', () => {
  on('a');
  vi.advanceTimersByTime(300);
  intent.dismiss();
  on('a');
  vi.advanceTimersByTime(1000);
  expect(log).toEqual(['open a', 'close']);
  on(null);
  on('a');
  vi.advanceTimersByTime(300);
  expect(log).toEqual(['open a', 'close', 'open a']);
});

test('Esc while a card is pending cancels it', () => {
  on('a');
  vi.advanceTimersByTime(100);
  intent.dismiss();
  vi.advanceTimersByTime(1000);
  expect(log).toEqual([]);
});

test('a card opened by tap or keyboard is sticky, until dismissed or closed', () => {
  intent.openNow('a');
  on(null);
  vi.advanceTimersByTime(5000);
  expect(log).toEqual(['open a']);
  on('b');
  vi.advanceTimersByTime(300);
  expect(log).toEqual(['open a', 'open b']);
  on(null);
  vi.advanceTimersByTime(300);
  expect(log).toEqual(['open a', 'open b', 'close']);
});

test('a new dwell applies to the next hover', () => {
  intent.setDwell(800);
  on('a');
  vi.advanceTimersByTime(700);
  expect(log).toEqual([]);
  vi.advanceTimersByTime(100);
  expect(log).toEqual(['open a']);
});

test('closing from outside reports once', () => {
  on('a');
  vi.advanceTimersByTime(300);
  intent.close();
  intent.close();
  expect(log).toEqual(['open a', 'close']);
});

test('reports dwells as they start and stop, so that a card can be drawn ahead', () => {
  on('a');
  on(null);
  on('b');
  vi.advanceTimersByTime(300);
  expect(pending).toEqual(['a', null, 'b']);
  expect(log).toEqual(['open b']);
});
