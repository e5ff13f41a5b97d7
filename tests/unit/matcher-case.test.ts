import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { found } from './matcher-helpers';

const TERMS: MatcherTerm[] = [
  { entryId: 'trump', alias: 'Trump', caseSensitive: true },
  { entryId: 'us', alias: 'US', caseSensitive: true },
  { entryId: 'un', alias: 'UN', caseSensitive: true },
  { entryId: 'mexico', alias: 'México', caseSensitive: true },
  { entryId: 'officials', alias: 'US officials', caseSensitive: true },
  { entryId: 'strasse', alias: 'Straße', caseSensitive: true },
];
const matcher = compileMatcher(TERMS);

describe('case-sensitive aliases need their exact letter case', () => {
  test.each([
    ['Trump said', ['Trump:trump']],
    ['Trump’s threats', ['Trump:trump']],
    ['He played his trump card.', []],
    ['TRUMP', []],
    ['tRUMP', []],
    ['the US said', ['US:us']],
    ['let us go', []],
    ['Us and them', []],
    ['UN officials', ['UN:un']],
    ['un libro', []],
    ['Un día', []],
    ['US officials met', ['US officials:officials']],
    ['US Officials met', ['US:us']],
    ['us officials met', []],
    ['STRASSE', []],
    ['Straße', ['Straße:strasse']],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });
});

describe('case-sensitive aliases still tolerate spelling variants', () => {
  test.each([
    ['diacritics missing in the text', 'in Mexico', ['Mexico:mexico']],
    ['a decomposed accent', 'en Me\u0301xico', ['Me\u0301xico:mexico']],
    ['an invisible character', 'Tru\u00admp', ['Tru\u00admp:trump']],
    ['another space', 'US\u00a0officials', ['US\u00a0officials:officials']],
    ['a full-width form', 'ＵＳ', ['ＵＳ:us']],
  ])('%s', (_name, text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });

  test('but not a case change hidden behind a diacritic', () => {
    expect(found(matcher, 'MÉXICO')).toEqual([]);
  });
});

test('a case-insensitive alias of another entry still matches where the case differs', () => {
  const both = compileMatcher([
    { entryId: 'person', alias: 'Trump', caseSensitive: true },
    { entryId: 'card', alias: 'trump card' },
    { entryId: 'word', alias: 'trump' },
  ]);
  const text = 'Trump and a trump card and TRUMP';
  expect(found(both, text)).toEqual(['Trump:person', 'trump card:card', 'TRUMP:word']);
});
