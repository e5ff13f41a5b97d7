import { describe, expect, test } from 'vitest';
import type { PlacedMention, RelevanceModel } from '../../lib/relevance/decide-relevance';
import { PAGE_PART, decideRelevance } from '../../lib/relevance/decide-relevance';
import { IMPORTED_WEIGHT, storyModel } from '../../lib/relevance/story-model';

// A story whose threshold is 1: one strong name is enough, everyday names need company.
const WEIGHTS: Record<string, number> = {
  sheinbaum: 1.2,
  cartels: 0.5,
  'mexican-soil': 0.6,
  trump: 0.1,
  us: 0.1,
  mexico: 0.2,
  caribbean: 0.3,
};
const model: RelevanceModel = {
  threshold: 1,
  weightOf: (id) => WEIGHTS[id] ?? 0,
  storyOf: (id) => (id.startsWith('valmora/') ? 'valmora' : 'bundled'),
  showsAlone: () => false,
};

const on = (part: number, ...ids: string[]): PlacedMention[] =>
  ids.map((entryId) => ({ entryId, part }));

describe('one page, no parts', () => {
  test.each<[string, PlacedMention[], boolean]>([
    ['names nothing', [], false],
    ['names only everyday entries', on(0, 'trump', 'us', 'mexico', 'caribbean'), false],
    ['repeats do not add up', on(0, 'cartels', 'cartels', 'cartels', 'trump'), false],
    ['names one strong entry', on(0, 'sheinbaum'), true],
    ['names several of the story’s entries together', on(0, 'cartels', 'mexican-soil'), true],
  ])('a page that %s', (_name, mentions, lit) => {
    const decision = decideRelevance(mentions, model);
    expect(decision.anyShown).toBe(lit);
    expect(decision.shows('trump', PAGE_PART)).toBe(lit);
  });

  test('explains itself: the entries named, strongest first, the score and the threshold', () => {
    const [reason] = decideRelevance(
      on(0, 'trump', 'cartels', 'mexican-soil', 'trump'),
      model,
    ).reasons;
    expect(reason).toEqual({
      story: 'bundled',
      entries: [
        { entryId: 'mexican-soil', weight: 0.6 },
        { entryId: 'cartels', weight: 0.5 },
        { entryId: 'trump', weight: 0.1 },
      ],
      score: expect.closeTo(1.2, 6) as number,
      threshold: 1,
      litParts: 1,
      parts: 1,
    });
  });
});

describe('a page of parts', () => {
  test('a feed lights its item about the story and leaves the others dark', () => {
    const feed = [
      ...on(1, 'trump', 'us'),
      ...on(2, 'sheinbaum', 'cartels', 'trump'),
      ...on(3, 'mexico', 'caribbean'),
    ];
    const decision = decideRelevance(feed, model);
    expect(decision.shows('trump', 2)).toBe(true);
    expect(decision.shows('trump', 1)).toBe(false);
    expect(decision.shows('mexico', 3)).toBe(false);
    // The page around them (its menus, its heading) does not borrow the item's light.
    expect(decision.shows('mexico', PAGE_PART)).toBe(false);
    expect(decision.reasons[0]).toMatchObject({ litParts: 1, parts: 3 });
  });

  test('a story told across small parts is read as a whole, and each part stays dark', () => {
    const posts = [...on(1, 'cartels'), ...on(2, 'mexican-soil'), ...on(0, 'trump')];
    const decision = decideRelevance(posts, model);
    expect(decision.shows('trump', PAGE_PART)).toBe(true);
    expect(decision.shows('cartels', 1)).toBe(false);
  });

  test('a lit part does not light its dark neighbours through the page', () => {
    const page = [...on(1, 'sheinbaum'), ...on(2, 'cartels'), ...on(0, 'mexico', 'us')];
    const decision = decideRelevance(page, model);
    // The page's own text weighs 0.3 and part 2 0.5: together 0.8, below the threshold.
    expect(decision.shows('cartels', 2)).toBe(false);
    expect(decision.shows('mexico', PAGE_PART)).toBe(false);
  });

  test('nested parts: a live blog inside an article lights only its posts about the story', () => {
    const parents = new Map([
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
    const blog = [
      ...on(1, 'trump'),
      ...on(2, 'sheinbaum', 'us'),
      ...on(3, 'mexico', 'us'),
      ...on(0, 'us'),
    ];
    const decision = decideRelevance(blog, model, (part) => parents.get(part) ?? null);
    expect(decision.shows('us', 2)).toBe(true);
    expect(decision.shows('us', 3)).toBe(false);
    // A dark post among them keeps the blog's own text, and the page, dark.
    expect(decision.shows('trump', 1)).toBe(false);
    expect(decision.shows('us', PAGE_PART)).toBe(false);
  });
});

test('an entry that names the story by itself is shown wherever it is named', () => {
  const alone: RelevanceModel = { ...model, showsAlone: (id) => id === 'rubio' };
  const decision = decideRelevance([...on(0, 'rubio', 'trump'), ...on(1, 'us')], alone);
  expect(decision.shows('rubio', PAGE_PART)).toBe(true);
  expect(decision.shows('trump', PAGE_PART)).toBe(false);
  expect(decision.anyShown).toBe(true);
});

test('a page whose one article is about the story frames it: its headline lights up', () => {
  const page = [...on(0, 'trump', 'mexico'), ...on(1, 'sheinbaum', 'cartels')];
  const decision = decideRelevance(page, model);
  expect(decision.shows('cartels', 1)).toBe(true);
  expect(decision.shows('trump', PAGE_PART)).toBe(true);
  // With a dark teaser beside it, the page's own text stays dark.
  const withTeaser = decideRelevance([...page, ...on(2, 'us')], model);
  expect(withTeaser.shows('cartels', 1)).toBe(true);
  expect(withTeaser.shows('trump', PAGE_PART)).toBe(false);
});

describe('several stories', () => {
  test('each story is decided on its own', () => {
    const weights: Record<string, number> = {
      ...WEIGHTS,
      'valmora/mayor': 1,
      'valmora/council': 0.25,
    };
    const both: RelevanceModel = { ...model, weightOf: (id) => weights[id] ?? 0 };
    const page = [...on(0, 'valmora/mayor', 'valmora/council'), ...on(0, 'trump', 'us')];
    const decision = decideRelevance(page, both);
    expect(decision.shows('valmora/council', PAGE_PART)).toBe(true);
    expect(decision.shows('trump', PAGE_PART)).toBe(false);
    expect(decision.reasons.map((r) => r.story)).toEqual(['valmora', 'bundled']);
  });

  test('an imported story weighs its entries by their relevance', () => {
    const catalog = {
      relevanceOf: (id: string) => (id.endsWith('council') ? 'common' : 'distinctive') as never,
      storyOf: (id: string) => (id.startsWith('valmora/') ? 'valmora' : 'bundled'),
    };
    const imported = storyModel(catalog, 'bundled', { threshold: 2, weights: { mexico: 0.5 } });
    expect(imported.weightOf('valmora/mayor')).toBe(IMPORTED_WEIGHT.distinctive * 2);
    expect(imported.weightOf('valmora/council')).toBe(IMPORTED_WEIGHT.common * 2);
    expect(imported.weightOf('mexico')).toBe(0.5);
    const fourCouncils = ['a', 'b', 'c', 'd'].map((x) => `valmora/${x}-council`);
    expect(decideRelevance(on(0, ...fourCouncils), imported).anyShown).toBe(true);
    expect(decideRelevance(on(0, ...fourCouncils.slice(1)), imported).anyShown).toBe(false);
  });
});
