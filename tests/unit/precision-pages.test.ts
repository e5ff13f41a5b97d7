// The relevance decision and the stop phrases on our story pages, read as the page engine reads
// them: the decision hides none of their mentions, and the stop phrases take only what they are
// meant to. (`npm run report:precision` measures the shared corpus of pages not about the story.)

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPage } from '../../bench/precision/page-text';
import { bundledStoryModel, decidedShown } from '../../bench/precision/recall';
import { lostMentions } from '../../bench/precision/tally';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher } from '../../lib/matcher';
import { ROOT } from '../../scripts/paths.mjs';

const matcher = compileMatcher(matcherTerms(bundledDataset));
const aliasesOnly = compileMatcher(
  matcherTerms({
    ...bundledDataset,
    entries: bundledDataset.entries.map((entry) => ({ ...entry, stopPhrases: [] })),
  }),
);
const model = bundledStoryModel();

// Each page with what its stop phrases take from the aliases alone, on purpose.
const STORY_PAGES: [string, string[]][] = [
  ['demo/index.html', []],
  ['tests/fixtures/matching.html', ['Washington']], // in "The Washington Post"
];

describe('our story pages', () => {
  test.each(STORY_PAGES)('%s shows every mention it has', async (path, stopped) => {
    const page = await readPage(readFileSync(`${ROOT}${path}`, 'utf8'), 'http://127.0.0.1/');
    const { text } = page;
    const found = matcher.find(text);
    expect(found.length).toBeGreaterThan(10);
    expect(decidedShown(found, page, model)).toEqual(found);
    const lost = lostMentions(aliasesOnly.find(text), found);
    expect(lost.map(({ start, end }) => text.slice(start, end))).toEqual(stopped);
  });
});
