import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { clip } from '../../lib/dataset/wording';

test('quoted text is shortened with an ellipsis, never in the middle of a character', () => {
  expect(clip('short')).toBe('short');
  expect(clip('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
  expect(clip(`${'x'.repeat(39)}😀 and more`)).toBe(`${'x'.repeat(39)}…`);
});

test.prop([fc.string({ unit: 'binary', maxLength: 120 }), fc.integer({ min: 1, max: 100 })])(
  'a shortened text is a start of the text, well formed, at most `max` units and an ellipsis',
  (text, max) => {
    const clipped = clip(text, max);
    if (clipped === text) {
      expect(text.length).toBeLessThanOrEqual(max);
      return;
    }
    expect(clipped.endsWith('…')).toBe(true);
    const start = clipped.slice(0, -1);
    expect(text.startsWith(start)).toBe(true);
    expect(start.length).toBeLessThanOrEqual(max);
    expect(start.isWellFormed()).toBe(true);
  },
);
