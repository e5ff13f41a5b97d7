import { expect, test } from 'vitest';
import { numberFormats } from '../../lib/options/number-formats';

const MB = 1024 * 1024;
const { megabytes } = numberFormats('en');

test('a size over a limit never reads as the limit', () => {
  expect(megabytes(2_100_000, 2 * MB)).toBe('2.01');
  expect(megabytes(2 * MB, 2_100_000)).toBe('2');
  expect(megabytes(2 * MB + 1, 2 * MB)).toBe('2.01');
  expect(numberFormats('es').megabytes(2_100_000, 2 * MB)).toBe('2,01');
});

test('two sizes close together get the decimals that tell them apart, each rounded away', () => {
  const free = 1.0049 * MB;
  const size = 1.0051 * MB;
  expect([megabytes(size, free), megabytes(free, size)]).toEqual(['1.01', '1']);
});

test('alone, or equal to what it is compared with, a size has at most two decimals', () => {
  expect(megabytes(1.5 * MB)).toBe('1.5');
  expect(megabytes(2_100_000)).toBe('2');
  expect(megabytes(2 * MB, 2 * MB)).toBe('2');
});
