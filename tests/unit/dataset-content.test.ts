// The bundled dataset against its source article: every excerpt and quotation is the
// article's own words, the entries a reader needs are there, and each one can be found.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledDataset } from '../../lib/dataset';
import {
  checkAgainstArticle,
  countAliasMatches,
  entriesNamedIn,
} from '../../lib/dataset/check-article';
import { ARTICLE } from '../shared-material';

if (ARTICLE.skip) console.warn(ARTICLE.message);
const article = ARTICLE.present ? readFileSync(ARTICLE.path, 'utf8') : '';

/** Entries a reader of the story must find, whatever else the dataset holds. */
const REQUIRED_IDS = [
  'claudia-sheinbaum',
  'donald-trump',
  'marco-rubio',
  'gianni-infantino',
  'fifa',
  'andres-manuel-lopez-obrador',
  'ron-desantis',
  'united-nations',
  'international-legal-experts',
  'drug-cartels',
  'fto-designation',
  'enemy-combatants',
  'non-international-armed-conflict',
  'extrajudicial-killings',
  'boat-strikes',
  'threatened-land-strikes',
  'mexican-sovereignty',
  'us-military-intervention',
  'us-mexico-security-cooperation',
  'oval-office-meeting',
  'tuesday-press-conference',
  'first-term-threats',
  'drug-lord-addresses-claim',
  'united-states',
  'mexico',
];

const ids = bundledDataset.entries.map((entry) => entry.id);
const entry = (id: string) => bundledDataset.entries.find((candidate) => candidate.id === id);

test('the dataset holds every entry a reader of the story needs', () => {
  expect(REQUIRED_IDS.filter((id) => !ids.includes(id))).toEqual([]);
});

describe.skipIf(ARTICLE.skip)(
  `against the article (${ARTICLE.present ? 'found' : 'missing'})`,
  () => {
    // On CI a missing article fails every test here, with the reason.
    beforeAll(() => ARTICLE.require());

    test('every evidence excerpt and quotation is in the article word for word', () => {
      expect(checkAgainstArticle(bundledDataset, article)).toEqual([]);
    });

    test('every entry is named in the article by at least one alias', () => {
      const named = entriesNamedIn(bundledDataset, article);
      expect(ids.filter((id) => !named.has(id))).toEqual([]);
    });
  },
);

describe('ambiguous words do not find the wrong entry', () => {
  const cases: [string, string][] = [
    ['donald-trump', 'Play your trump card.'],
    ['united-nations', 'Leí un libro.'],
    ['united-states', 'Let us go.'],
    ['us-officials', 'They told us officials were late.'],
    ['boat-strikes', 'The Pacific Ocean is deep.'],
    ['boat-strikes', 'A strike on the Pacific coast.'],
    ['de-facto-war', 'The war ended.'],
    ['us-congress', 'The congress of the party met.'],
  ];
  test.each(cases)('%s is not found in "%s"', (id, text) => {
    const aliases = entry(id)?.aliases ?? [];
    expect(aliases.length).toBeGreaterThan(0);
    expect(aliases.filter((alias) => countAliasMatches(text, alias) > 0)).toEqual([]);
  });

  test('while the same words in their proper form still match', () => {
    expect(
      entriesNamedIn(bundledDataset, 'Trump met UN officials and US officials in the US.'),
    ).toEqual(new Set(['donald-trump', 'united-nations', 'united-states', 'us-officials']));
  });

  test('short aliases that spell everyday words are case-sensitive', () => {
    const everyday = [
      'us',
      'un',
      'usa',
      'trump',
      'congress',
      'washington',
      'rubio',
      'onu',
      'fto',
      'gop',
    ];
    const loose = bundledDataset.entries.flatMap((candidate) =>
      candidate.aliases
        .filter(
          (alias) => everyday.includes(alias.text.toLowerCase()) && alias.caseSensitive !== true,
        )
        .map((alias) => `${candidate.id}: ${alias.text}`),
    );
    expect(loose).toEqual([]);
  });

  test('no alias is a bare generic word', () => {
    const generic = [
      'war',
      'strike',
      'strikes',
      'memo',
      'pacific war',
      'president',
      'drugs',
      'intervention',
    ];
    const found = bundledDataset.entries.flatMap((candidate) =>
      candidate.aliases
        .filter((alias) => generic.includes(alias.text.toLowerCase()))
        .map((alias) => alias.text),
    );
    expect(found).toEqual([]);
    expect(entry('boat-strikes')?.aliases.map((alias) => alias.text)).not.toContain('Pacific');
  });
});
