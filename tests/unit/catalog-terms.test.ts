import { expect, test } from 'vitest';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { catalogInPlaceOfBundled } from '../../lib/catalog/bundled-catalog';
import { bundledDataset } from '../../lib/dataset';
import type { Dataset } from '../../lib/dataset/types';
import { compileMatcher } from '../../lib/matcher';

const dataset = {
  ...bundledDataset,
  entries: [
    {
      ...bundledDataset.entries[0]!,
      id: 'pacific',
      kind: 'place',
      aliases: [{ text: 'Pacífico' }],
    },
    {
      ...bundledDataset.entries[0]!,
      id: 'cartels',
      kind: 'organization',
      aliases: [
        { text: 'cartel' },
        { text: 'drug cartel', lang: 'en' },
        { text: 'cártel de la droga', lang: 'es' },
      ],
    },
  ],
} as Dataset;

test('people and places are matched as written; other aliases inflect by language', () => {
  const terms = matcherTerms(dataset).map(({ alias, inflect }) => `${alias}:${inflect}`);
  expect(terms).toEqual([
    'Pacífico:none',
    'cartel:en',
    'cartel:es',
    'drug cartel:en',
    'cártel de la droga:es',
  ]);
});

test('a word both languages share finds both plurals', () => {
  const matcher = compileMatcher(matcherTerms(dataset));
  const text = 'los cárteles, the cartels, drug cartels, los cárteles de la droga, pacíficos';
  expect(matcher.find(text).map(({ start, end }) => text.slice(start, end))).toEqual([
    'cárteles',
    'cartels',
    'drug cartels',
    'cárteles de la droga',
  ]);
});

test('kinds are looked up by entry id, with concept for unknown ids', () => {
  const kindOf = catalogInPlaceOfBundled(dataset).kindOf;
  expect(kindOf('pacific')).toBe('place');
  expect(kindOf('nobody')).toBe('concept');
});

test('stop phrases become stop terms that inflect by language, even for a person', () => {
  const trump = {
    ...bundledDataset.entries[0]!,
    id: 'trump',
    kind: 'person',
    aliases: [{ text: 'Trump', caseSensitive: true }],
    stopPhrases: [{ text: 'trump card', lang: 'en' }, { text: 'Melania Trump' }],
  };
  const withStops = { ...bundledDataset, entries: [trump] } as Dataset;
  const terms = matcherTerms(withStops).map(
    ({ alias, inflect, stop }) => `${alias}:${inflect}${stop ? ':stop' : ''}`,
  );
  expect(terms).toEqual([
    'Trump:none',
    'trump card:en:stop',
    'Melania Trump:en:stop',
    'Melania Trump:es:stop',
  ]);
  const text = 'Trump held all the trump cards; Melania Trump smiled.';
  const matcher = compileMatcher(matcherTerms(withStops));
  expect(matcher.find(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Trump']);
});

test('relevance is looked up by entry id; distinctive unless the entry says common', () => {
  const rated = {
    ...dataset,
    entries: [{ ...dataset.entries[0]!, relevance: 'common' }, dataset.entries[1]!],
  } as Dataset;
  const relevanceOf = catalogInPlaceOfBundled(rated).relevanceOf;
  expect(relevanceOf('pacific')).toBe('common');
  expect(relevanceOf('cartels')).toBe('distinctive');
  expect(relevanceOf('nobody')).toBe('distinctive');
});
