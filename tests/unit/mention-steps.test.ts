import { expect, test } from 'vitest';
import { CardTrail, positionOf, stepAround, stepWithin } from '../../lib/card/mention-steps';

// Mentions as their page positions.
const compare = (a: number, b: number) => a - b;
const list = [10, 20, 30];

test.each<[number | null, 'next' | 'previous', number | null]>([
  [10, 'next', 20],
  [20, 'previous', 10],
  [30, 'next', null],
  [10, 'previous', null],
  [null, 'next', 10],
  [null, 'previous', 30],
  // From a mention of another entry: the nearest one on that side.
  [15, 'next', 20],
  [15, 'previous', 10],
  [35, 'next', null],
  [5, 'previous', null],
])('stepWithin from %s, %s → %s', (from, direction, expected) => {
  expect(stepWithin(list, from, direction, compare)).toBe(expected);
});

test.each<[number | null, 'next' | 'previous', number]>([
  [30, 'next', 10],
  [10, 'previous', 30],
  [35, 'next', 10],
  [20, 'next', 30],
])('stepAround from %s, %s → %s', (from, direction, expected) => {
  expect(stepAround(list, from, direction, compare)).toBe(expected);
});

test('no mentions, no step', () => {
  expect(stepWithin([], 1, 'next', compare)).toBeNull();
  expect(stepAround([], null, 'previous', compare)).toBeNull();
});

test('positions are 1-based, null when absent', () => {
  expect(positionOf(list, 20)).toBe(2);
  expect(positionOf(list, 15)).toBeNull();
  expect(positionOf(list, null)).toBeNull();
});

test('the trail of related entries goes back one step at a time', () => {
  const trail = new CardTrail('a');
  expect(trail.previous).toBeNull();
  trail.follow('b');
  trail.follow('b');
  trail.follow('c');
  expect([trail.current, trail.previous]).toEqual(['c', 'b']);
  trail.back();
  expect([trail.current, trail.previous]).toEqual(['b', 'a']);
  trail.back();
  trail.back();
  expect([trail.current, trail.previous]).toEqual(['a', null]);
});
