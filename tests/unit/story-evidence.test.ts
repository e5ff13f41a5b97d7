// The first stage's test (lib/scout/story-evidence.ts) is an upper bound on the page stage's
// decision: wherever the matcher and the relevance decision show something, the first stage must
// load the page stage; and it must stay quiet on pages about other things, or it saves nothing.

import { fc, test as fcTest } from '@fast-check/vitest';
import bundledScout from 'virtual:bundled-scout';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledStoryModel, decidedShown } from '../../bench/precision/recall';
import type { MatchedPage, PageSets } from '../../bench/precision/story-pages';
import { readPageSets, sharedPagesExist } from '../../bench/precision/story-pages';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher } from '../../lib/matcher';
import { decideRelevance, PAGE_PART } from '../../lib/relevance/decide-relevance';
import { StoryEvidence } from '../../lib/scout/story-evidence';

const matcher = compileMatcher(matcherTerms(bundledDataset));
const model = bundledStoryModel();

/** What the first stage says of `text`, with and without "story pages only". */
function scout(...lines: string[]): { storyOnly: boolean; everything: boolean } {
  const evidence = new StoryEvidence(bundledScout);
  for (const line of lines) evidence.read(line);
  return { storyOnly: evidence.mayShow(true), everything: evidence.mayShow(false) };
}

/** Whether the page stage could show anything in `text`, read as one part (its upper bound). */
function pageStageShows(text: string): boolean {
  const found = matcher.find(text);
  const placed = found.map((mention) => ({ entryId: mention.entryId, part: PAGE_PART }));
  return decideRelevance(placed, model).anyShown;
}

describe('on texts', () => {
  test('a page about the story, in English or Spanish, may show something', () => {
    expect(scout('Claudia Sheinbaum rejected the strikes.').storyOnly).toBe(true);
    expect(
      scout('La presidenta Sheinbaum rechazó una intervención militar de EE. UU.').storyOnly,
    ).toBe(true);
  });

  test('everyday entries alone show nothing, unless the reader shows them everywhere', () => {
    const text = 'Trump flew to Washington; Congress met; Mexico played the United States.';
    expect(pageStageShows(text)).toBe(false);
    expect(scout(text)).toEqual({ storyOnly: false, everything: true });
  });

  test('the words of an alias apart from each other name nothing', () => {
    // "boat strikes": both words are on the page, never side by side.
    expect(scout('The boat left. Workers went on strikes.').everything).toBe(false);
    expect(scout('The boat strikes were condemned.').everything).toBe(true);
  });

  test('two lines never join: a phrase cut by a block edge names nothing', () => {
    expect(scout('They saw a boat', 'strikes followed').everything).toBe(false);
  });

  test('nothing of the story, nothing to show', () => {
    expect(scout('A recipe for lemon cake with two eggs.')).toEqual({
      storyOnly: false,
      everything: false,
    });
  });
});

// Texts built from the words of the story's aliases, in any case and with accents, possessives
// and punctuation between them: where the page stage shows anything, so does the scout.
const aliasWords = [
  ...new Set(
    bundledDataset.entries.flatMap((entry) =>
      entry.aliases.flatMap((alias) => alias.text.split(/\s+/)),
    ),
  ),
];
const word = fc.oneof(
  fc.constantFrom(...aliasWords),
  fc.constantFrom(...aliasWords).map((w) => w.toUpperCase()),
  fc.constantFrom(...aliasWords).map((w) => `${w}’s`),
  fc.constantFrom('the', 'de', 'la', 'and', 'y', 'said', 'on', 'in'),
);
const separator = fc.constantFrom(' ', ' ', ', ', '. ', '\n', ' — ', '-');
const text = fc
  .array(fc.tuple(word, separator), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

fcTest.prop([text])(
  'wherever the page stage shows something, the scout says it may',
  (generated) => {
    const shows = pageStageShows(generated);
    const found = matcher.find(generated).length > 0;
    const said = scout(generated);
    if (shows) expect(said.storyOnly).toBe(true);
    if (found) expect(said.everything).toBe(true);
  },
);

describe.skipIf(!sharedPagesExist())('on the pages relevance is measured on', () => {
  let sets: PageSets;
  beforeAll(async () => {
    sets = await readPageSets(matcher);
  }, 120_000);
  const scouted = (page: MatchedPage) => scout(page.page.text);

  test('every page that shows something, or names anything, is one the scout may show', () => {
    const missed = [...sets.stories, ...sets.offStory, ...sets.corpus].flatMap((page) => {
      const said = scouted(page);
      const shows = decidedShown(page.found, page.page, model).length > 0;
      return (shows && !said.storyOnly) || (page.found.length > 0 && !said.everything)
        ? [page.label]
        : [];
    });
    expect(missed).toEqual([]);
  });

  test('every story page may show something', () => {
    expect(sets.stories.filter((page) => !scouted(page).storyOnly).map((p) => p.label)).toEqual([]);
  });

  test('at most 2 of the 94 real pages about other things load the page stage', () => {
    const loaded = sets.corpus.filter((page) => scouted(page).storyOnly).map((p) => p.label);
    expect(sets.corpus.length).toBe(94);
    expect(loaded.length).toBeLessThanOrEqual(2);
  });
});
