import { describe, expect, test } from 'vitest';
import { catalogInPlaceOfBundled } from '../../lib/catalog/bundled-catalog';
import { bundledDataset } from '../../lib/dataset';
import type { Relevance } from '../../lib/dataset/types';
import { shownEntries, shownEntriesByStory } from '../../lib/relevance/shown-entries';

// A story with two distinctive entries and two common ones.
const RELEVANCE: Record<string, Relevance> = {
  sheinbaum: 'distinctive',
  'boat-strikes': 'distinctive',
  trump: 'common',
  us: 'common',
};
const relevanceOf = (entryId: string): Relevance => RELEVANCE[entryId] ?? 'distinctive';
const ALL = Object.keys(RELEVANCE);

/** The entries of `ALL` shown on a page with these counts. */
function shown(counts: Record<string, number>): string[] {
  const isShown = shownEntries(new Map(Object.entries(counts)), relevanceOf);
  return ALL.filter(isShown);
}

describe('which entries a page shows', () => {
  test.each<[string, Record<string, number>, string[]]>([
    ['a page that names nothing', {}, ['sheinbaum', 'boat-strikes']],
    ['only common entries, however often', { trump: 40, us: 12 }, ['sheinbaum', 'boat-strikes']],
    [
      'one distinctive mention is a stray, not a story',
      { sheinbaum: 1, trump: 9, us: 3 },
      ['sheinbaum', 'boat-strikes'],
    ],
    ['one distinctive entry named twice', { sheinbaum: 2, trump: 9 }, ALL],
    ['two distinctive entries named once each', { sheinbaum: 1, 'boat-strikes': 1, us: 1 }, ALL],
    ['a story page with no common entries', { sheinbaum: 5 }, ALL],
    ['a negative count does not cancel real mentions', { sheinbaum: 2, 'boat-strikes': -3 }, ALL],
    ['nor does one that is not a number', { sheinbaum: 2, 'boat-strikes': Number.NaN }, ALL],
    [
      'a zero count is no mention',
      { sheinbaum: 1, 'boat-strikes': 0, trump: 5 },
      ['sheinbaum', 'boat-strikes'],
    ],
  ])('%s', (_name, counts, expected) => {
    expect(shown(counts)).toEqual(expected);
  });
});

test('entries the page does not name follow the same rule', () => {
  const isShown = shownEntries(new Map([['sheinbaum', 2]]), relevanceOf);
  expect(isShown('trump')).toBe(true);
  expect(shownEntries(new Map(), relevanceOf)('trump')).toBe(false);
});

describe('with the bundled dataset', () => {
  const relevance = catalogInPlaceOfBundled(bundledDataset).relevanceOf;
  const shownOf = (counts: Record<string, number>) => {
    const isShown = shownEntries(new Map(Object.entries(counts)), relevance);
    return Object.keys(counts).filter(isShown);
  };

  test('a 2016 piece on another story shows only the story’s own name it happens to use', () => {
    // The counts of yahoo-3.html in the shared corpus.
    const page = { 'united-states': 12, 'donald-trump': 16, 'united-nations': 3, 'marco-rubio': 1 };
    expect(shownOf(page)).toEqual(['marco-rubio']);
  });

  test('a page about the story shows everything it names', () => {
    const page = { 'claudia-sheinbaum': 3, 'donald-trump': 2, mexico: 4, 'boat-strikes': 1 };
    expect(shownOf(page)).toEqual(Object.keys(page));
  });
});

describe('with the entries of several stories', () => {
  // The bundled story and an imported one ("valmora/…"), each with a common entry.
  const relevanceOfAny = (id: string): Relevance =>
    id === 'valmora/town-council' ? 'common' : relevanceOf(id);
  const storyOf = (id: string) => (id.startsWith('valmora/') ? 'valmora' : 'bundled');
  const shownOf = (counts: Record<string, number>) => {
    const isShown = shownEntriesByStory(new Map(Object.entries(counts)), relevanceOfAny, storyOf);
    return Object.keys(counts).filter(isShown);
  };

  test('a page about one story shows that story’s common entries, not the other’s', () => {
    const page = { 'valmora/mayor': 3, 'valmora/town-council': 2, trump: 4, us: 1 };
    expect(shownOf(page)).toEqual(['valmora/mayor', 'valmora/town-council']);
  });

  test('a page about both shows both', () => {
    const page = { 'valmora/mayor': 2, 'valmora/town-council': 2, sheinbaum: 2, trump: 4 };
    expect(shownOf(page)).toEqual(Object.keys(page));
  });

  test('a story the page does not name at all shows only its distinctive entries', () => {
    const isShown = shownEntriesByStory(new Map([['sheinbaum', 2]]), relevanceOfAny, storyOf);
    expect(['trump', 'valmora/town-council', 'valmora/mayor'].filter(isShown)).toEqual([
      'trump',
      'valmora/mayor',
    ]);
  });
});
