import { expect, test } from 'vitest';
import { badgeText } from '../../lib/background/badge-text';

test.each([
  [0, ''],
  [-3, ''],
  [Number.NaN, ''],
  [1, '1'],
  [42, '42'],
  [999, '999'],
  [1000, '999+'],
])('badgeText(%s) is %j', (count, text) => {
  expect(badgeText(count)).toBe(text);
});
