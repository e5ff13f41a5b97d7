// The bundled dataset against its source article: every excerpt and quotation is the
// article's own words, the entries a reader needs are there, and each one can be found.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../lib/dataset';
import {
  checkAgainstArticle,
  countAliasMatches,
  entriesNamedIn,
} from '../../lib/dataset/check-article';

const articlePath = fileURLToPath(new URL('../../../shared/source/article.txt', import.meta.url));
const hasArticle = existsSync(articlePath);
if (!hasArticle) console.warn(`Skipping the article checks: ${articlePath} is missing.`);
const article = hasArticle ? readFileSync(articlePath, 'utf8') : '';

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

/**
 * Entries the article does not name in any of their aliases, with the reason. Empty today:
 * every entry is named at least once.
 */
const NOT_NAMED_IN_ARTICLE: Record<string, string> = {};

const ids = bundledDataset.entries.map((entry) => entry.id);
const entry = (id: string) => bundledDataset.entries.find((candidate) => candidate.id === id);

test('the dataset holds every entry a reader of the story needs', () => {
  expect(REQUIRED_IDS.filter((id) => !ids.includes(id))).toEqual([]);
});

describe.skipIf(!hasArticle)(
  `against the article (${hasArticle ? 'found' : 'missing, skipped'})`,
  () => {
    test('every evidence excerpt and quotation is in the article word for word', () => {
      expect(checkAgainstArticle(bundledDataset, article)).toEqual([]);
    });

    test('every entry is named in the article by at least one alias', () => {
      const named = entriesNamedIn(bundledDataset, article);
      const unnamed = ids.filter((id) => !named.has(id) && !(id in NOT_NAMED_IN_ARTICLE));
      expect(unnamed).toEqual([]);
    });

    test('the list of entries not named in the article is up to date', () => {
      const named = entriesNamedIn(bundledDataset, article);
      for (const id of Object.keys(NOT_NAMED_IN_ARTICLE)) {
        expect(ids).toContain(id);
        expect(named.has(id), `${id} is named after all`).toBe(false);
      }
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
