// The committed weights are what bench/derive-weights.ts derives from today's dataset and pages:
// a change to either that moves a weight fails here until the script is run again.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deriveWeights } from '../../bench/precision/derive-weights';
import { readPageSets, sharedPagesExist } from '../../bench/precision/story-pages';
import { weightsFile } from '../../bench/precision/weights-file';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher } from '../../lib/matcher';
import { ROOT } from '../../scripts/paths.mjs';

describe.skipIf(!sharedPagesExist())('assets/relevance-weights.json', () => {
  test('equals what the script derives (run `node bench/run.mjs bench/derive-weights.ts`)', async () => {
    const sets = await readPageSets(compileMatcher(matcherTerms(bundledDataset)));
    const { text, margin } = weightsFile(sets, bundledDataset);
    expect(readFileSync(`${ROOT}assets/relevance-weights.json`, 'utf8')).toBe(text);
    // The pages about the story and the others are apart: the threshold sits between them.
    expect(margin).toBeGreaterThan(0);
  }, 120_000);
});

describe('deriving weights', () => {
  const about = [new Set(['sheinbaum', 'trump']), new Set(['sheinbaum', 'cartels', 'trump'])];
  const other = [new Set(['trump']), new Set(['trump', 'fifa']), new Set(['fifa'])];
  const { threshold, weights, margin } = deriveWeights(
    ['sheinbaum', 'cartels', 'trump', 'fifa', 'unnamed'],
    about,
    other,
  );

  test('an entry named on pages about the story and nowhere else weighs most', () => {
    expect(weights.sheinbaum).toBeGreaterThan(weights.cartels!);
    expect(weights.cartels).toBeGreaterThan(weights.trump!);
  });

  test('an entry named more often elsewhere, or never on the story, weighs nothing', () => {
    expect(weights.fifa).toBe(0);
    expect(weights.unnamed).toBe(0);
  });

  test('the threshold lies between the two sides', () => {
    expect(threshold).toBe(1);
    const score = (doc: Set<string>) => [...doc].reduce((sum, id) => sum + weights[id]!, 0);
    for (const doc of about) expect(score(doc)).toBeGreaterThan(1);
    for (const doc of other) expect(score(doc)).toBeLessThan(1);
    expect(margin).toBeGreaterThan(0);
  });
});
