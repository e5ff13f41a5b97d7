import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher, type MatcherTerm, type Mention } from '../../lib/matcher';
import { ARTICLE } from '../shared-material';

if (ARTICLE.skip) console.warn(ARTICLE.message);
const article = ARTICLE.present ? readFileSync(ARTICLE.path, 'utf8') : '';

/** A hand-made dictionary of the article's names. */
const TERMS: MatcherTerm[] = [
  ...[
    ['sheinbaum', 'Claudia Sheinbaum'],
    ['sheinbaum', 'Sheinbaum'],
    ['trump', 'Donald Trump'],
    ['rubio', 'Marco Rubio'],
    ['infantino', 'Gianni Infantino'],
    ['fifa', 'FIFA'],
    ['desantis', 'Ron DeSantis'],
    ['amlo', 'Andrés Manuel López Obrador'],
    ['amlo', 'López Obrador'],
    ['usa', 'United States'],
    ['usa', 'U.S.'],
    ['mexico', 'Mexico'],
    ['mexico-city', 'Mexico City'],
    ['fto', 'foreign terrorist organization'],
    ['combatants', 'enemy combatants'],
    ['niac', 'non-international armed conflict'],
    ['ejk', 'extrajudicial killings'],
    ['oval-office', 'Oval Office'],
    ['caribbean', 'Caribbean'],
    ['cartels', 'drug cartels'],
    ['congress', 'Congress'],
    ['washington', 'Washington'],
  ].map(([entryId = '', alias = '']) => ({ entryId, alias })),
  { entryId: 'trump', alias: 'Trump', caseSensitive: true },
  { entryId: 'un', alias: 'UN', caseSensitive: true },
  { entryId: 'usa', alias: 'US', caseSensitive: true },
];

// Every mention of the article, in order, as "matched text:entry".
const EXPECTED = [
  'Claudia Sheinbaum:sheinbaum',
  'United States:usa',
  'US:usa',
  'Donald Trump:trump',
  'Sheinbaum:sheinbaum',
  'Mexico:mexico',
  'United States:usa',
  'Sheinbaum:sheinbaum',
  'Mexico:mexico',
  'Trump:trump',
  'Sheinbaum:sheinbaum',
  'Trump:trump',
  'US:usa',
  'drug cartels:cartels',
  'Mexico:mexico',
  'Oval Office:oval-office',
  'FIFA:fifa',
  'Gianni Infantino:infantino',
  'Trump:trump',
  'Caribbean:caribbean',
  'Trump:trump',
  'UN:un',
  'extrajudicial killings:ejk',
  'Trump:trump',
  'Mexico:mexico',
  'Mexico City:mexico-city',
  'Washington:washington',
  'Sheinbaum:sheinbaum',
  'Sheinbaum:sheinbaum',
  'US:usa',
  'Sheinbaum:sheinbaum',
  'Sheinbaum:sheinbaum',
  'Trump:trump',
  'US:usa',
  'Marco Rubio:rubio',
  'Trump:trump',
  'drug cartels:cartels',
  'Trump:trump',
  'Congress:congress',
  'enemy combatants:combatants',
  'non-international armed conflict:niac',
  'foreign terrorist organizations:fto',
  'Trump:trump',
  'US:usa',
  'Trump:trump',
  'US:usa',
  'Trump:trump',
  'foreign terrorist organization:fto',
  'Sheinbaum:sheinbaum',
  'Andres Manuel Lopez Obrador:amlo',
  'US:usa',
  'US:usa',
  'Ron DeSantis:desantis',
  'US:usa',
  'Mexico:mexico',
  'drug cartels:cartels',
  'U.S.:usa',
  'Sheinbaum:sheinbaum',
  'Mexico:mexico',
  'United States:usa',
  'Sheinbaum:sheinbaum',
  'Mexico:mexico',
  'Claudia Sheinbaum:sheinbaum',
  'US:usa',
  'Trump:trump',
  'Mexico:mexico',
  'US:usa',
  'United States:usa',
];

/** Mentions as "matched text:entry". */
function described(mentions: Mention[]): string[] {
  return mentions.map((m) => `${article.slice(m.start, m.end)}:${m.entryId}`);
}

/** Whether some mention covers `[start, end)`. */
function covered(mentions: Mention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start <= start && m.end >= end);
}

/** Offsets of every whole-word, exact-case occurrence of `word` in the article. */
function occurrences(word: string): [number, number][] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
  return [...article.matchAll(re)].map((m) => [m.index, m.index + word.length]);
}

describe.skipIf(ARTICLE.skip)('the source article', () => {
  // On CI a missing article fails every test here, with the reason.
  beforeAll(() => ARTICLE.require());
  const mentions = compileMatcher(TERMS).find(article);

  test('finds exactly the expected mentions', () => {
    expect(described(mentions)).toEqual(EXPECTED);
  });

  test('reports offsets into the original text', () => {
    const first = article.indexOf('Claudia Sheinbaum');
    expect(mentions[0]).toEqual({
      start: first,
      end: first + 17,
      entryId: 'sheinbaum',
      alias: 'Claudia Sheinbaum',
    });
    const possessive = article.indexOf('Sheinbaum’s comments');
    expect(mentions.find((m) => m.start === possessive)?.end).toBe(possessive + 9);
  });

  test('leaves related words alone', () => {
    for (const word of ['Mexican', 'Pacific', 'cartel', 'Tuesday']) {
      for (const [start, end] of occurrences(word)) {
        expect(covered(mentions, start, end), `${word} at ${start}`).toBe(false);
      }
    }
  });
});

// The dictionary the extension ships: the bundled dataset's terms with its inflection rules.
describe.skipIf(ARTICLE.skip)('the bundled dataset, as the extension compiles it', () => {
  beforeAll(() => ARTICLE.require());
  const terms = matcherTerms(bundledDataset);
  const matcher = compileMatcher(terms);
  const mentions = matcher.find(article);
  const found = new Set(described(mentions));

  test('compiles every alias', () => {
    expect(matcher.termCount).toBe(terms.length);
  });

  test.each([
    'Claudia Sheinbaum:claudia-sheinbaum',
    'Sheinbaum:claudia-sheinbaum',
    'Donald Trump:donald-trump',
    'Trump:donald-trump',
    'Marco Rubio:marco-rubio',
    'Gianni Infantino:gianni-infantino',
    'FIFA:fifa',
    'Ron DeSantis:ron-desantis',
    'Andres Manuel Lopez Obrador:andres-manuel-lopez-obrador',
    'UN:united-nations',
    'US:united-states',
    'U.S.:united-states',
    'United States:united-states',
    'Mexico:mexico',
    'Mexico City:mexico-city',
    'Washington:washington',
    'Caribbean:caribbean',
    'foreign terrorist organization:fto-designation',
    'foreign terrorist organizations:fto-designation',
    'enemy combatants:enemy-combatants',
    'non-international armed conflict:non-international-armed-conflict',
    'extrajudicial killings:extrajudicial-killings',
  ])('finds %s', (mention) => {
    expect(found).toContain(mention);
  });

  test('covers every occurrence of the main names', () => {
    for (const word of ['Sheinbaum', 'Trump', 'Mexico', 'US', 'Rubio', 'Infantino', 'FIFA']) {
      for (const [start, end] of occurrences(word)) {
        expect(covered(mentions, start, end), `${word} at ${start}`).toBe(true);
      }
    }
  });

  test('mentions are ordered, disjoint and never start or end inside a word', () => {
    const wordChar = /[\p{L}\p{M}\p{N}]/u;
    let previousEnd = 0;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(previousEnd);
      expect(m.end).toBeGreaterThan(m.start);
      expect(wordChar.test(article.charAt(m.start - 1))).toBe(false);
      expect(wordChar.test(article.charAt(m.end))).toBe(false);
      previousEnd = m.end;
    }
  });
});
