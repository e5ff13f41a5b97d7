// The relevance gate and the stop phrases on real pages, read as the page engine reads them:
// on the shared corpus (pages that are not about the story) highlights fall by at least 80%
// from what the aliases alone find, while our story pages keep every mention but those their
// stop phrases take on purpose.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageText } from '../../bench/precision/page-text';
import { gated, lostMentions } from '../../bench/precision/tally';
import { matcherTerms, relevanceLookup } from '../../lib/content/dictionary';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher } from '../../lib/matcher';
import { ROOT, SHARED } from '../../scripts/paths.mjs';

const CORPUS = `${SHARED}corpus/pages/`;
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`Skipping the corpus precision test: ${CORPUS} is missing.`);

const matcher = compileMatcher(matcherTerms(bundledDataset));
const aliasesOnly = compileMatcher(
  matcherTerms({
    ...bundledDataset,
    entries: bundledDataset.entries.map((entry) => ({ ...entry, stopPhrases: [] })),
  }),
);
const relevanceOf = relevanceLookup(bundledDataset);

test.runIf(!hasCorpus && Boolean(process.env.CI))('the shared corpus is there in CI', () => {
  expect.fail(`${CORPUS} is missing: the corpus precision test cannot run.`);
});

describe.skipIf(!hasCorpus)('pages that are not about the story', () => {
  test('highlight at least 80% less than the aliases alone would', async () => {
    let before = 0;
    let shown = 0;
    for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.html'))) {
      const text = await pageText(readFileSync(`${CORPUS}${name}`, 'utf8'), 'http://127.0.0.1/');
      before += aliasesOnly.find(text).length;
      shown += gated(matcher.find(text), relevanceOf).length;
    }
    expect(before).toBeGreaterThan(100);
    expect(shown).toBeLessThanOrEqual(before * 0.2);
  }, 120_000);
});

// Our story pages, with what their stop phrases take from the aliases alone, on purpose.
const STORY_PAGES: [string, string[]][] = [
  ['demo/index.html', []],
  ['tests/fixtures/matching.html', ['Washington']], // in "The Washington Post"
];

describe('our story pages', () => {
  test.each(STORY_PAGES)('%s shows every mention it has', async (path, stopped) => {
    const text = await pageText(readFileSync(`${ROOT}${path}`, 'utf8'), 'http://127.0.0.1/');
    const found = matcher.find(text);
    expect(found.length).toBeGreaterThan(10);
    expect(gated(found, relevanceOf)).toEqual(found);
    const lost = lostMentions(aliasesOnly.find(text), found);
    expect(lost.map(({ start, end }) => text.slice(start, end))).toEqual(stopped);
  });
});
