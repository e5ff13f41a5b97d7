// Recall and precision on our own pages (tests/fixtures/story and tests/fixtures/off-story),
// through the matcher and the relevance decision with the committed weights. The shared corpus
// is measured by `npm run report:precision` and by relevance-weights.test.ts.

import { beforeAll, describe, expect, test } from 'vitest';
import { bundledStoryModel, decidedShown, litTerms } from '../../bench/precision/recall';
import type { MatchedPage } from '../../bench/precision/story-pages';
import { OFF_STORY_DIR, STORY_DIR, readPages, storyText } from '../../bench/precision/story-pages';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher } from '../../lib/matcher';

const matcher = compileMatcher(matcherTerms(bundledDataset));
const model = bundledStoryModel();
let stories: MatchedPage[] = [];
let offStory: MatchedPage[] = [];
beforeAll(async () => {
  stories = await readPages(STORY_DIR, '', matcher);
  offStory = await readPages(OFF_STORY_DIR, '', matcher);
}, 60_000);

describe('story pages', () => {
  test('there are enough of them, in English and Spanish, each marking what it expects lit', () => {
    const byLanguage = (prefix: string) => stories.filter((p) => p.label.startsWith(prefix));
    expect(stories.length).toBeGreaterThanOrEqual(24);
    expect(byLanguage('en-').length).toBeGreaterThanOrEqual(10);
    expect(byLanguage('es-').length).toBeGreaterThanOrEqual(10);
    for (const page of stories) expect(page.page.marked.length, page.label).toBeGreaterThan(0);
  });

  test('every page shows every mention of its story, and nothing of its other items', () => {
    const wrong = stories.flatMap(({ label, page, found }) => {
      const shown = new Set(decidedShown(found, page, model));
      const isStory = storyText(page, found);
      return found
        .filter((mention) => shown.has(mention) !== isStory(mention.start))
        .map(
          (m) =>
            `${label}: ${page.text.slice(m.start, m.end)} (${isStory(m.start) ? 'dark' : 'lit'})`,
        );
    });
    expect(wrong).toEqual([]);
  });

  test('at least 95% of the marked terms are lit', () => {
    const marked = stories.flatMap((p) => p.page.marked);
    const lit = stories.flatMap(({ page, found }) =>
      litTerms(page, decidedShown(found, page, model)),
    );
    expect(lit.length / marked.length).toBeGreaterThanOrEqual(0.95);
  });
});

test('pages not about the story show nothing', () => {
  expect(offStory.length).toBeGreaterThanOrEqual(8);
  const shown = offStory.flatMap(({ label, page, found }) =>
    decidedShown(found, page, model).map((m) => `${label}: ${page.text.slice(m.start, m.end)}`),
  );
  expect(shown).toEqual([]);
  // They do name the story's everyday entries: the decision, not the matcher, keeps them dark.
  expect(offStory.filter((page) => page.found.length > 0).length).toBe(offStory.length);
});
