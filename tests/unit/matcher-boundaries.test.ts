import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { slices } from './matcher-helpers';

const TERMS: MatcherTerm[] = [
  { entryId: 'trump', alias: 'Trump', caseSensitive: true },
  { entryId: 'us', alias: 'US', caseSensitive: true },
  { entryId: 'usa', alias: 'U.S.' },
  { entryId: 'usa', alias: 'EE. UU.' },
  { entryId: 'mexico', alias: 'Mexico' },
  { entryId: 'cartels', alias: 'cartels' },
  { entryId: 'sheinbaum', alias: 'Sheinbaum' },
  { entryId: 'infantino', alias: 'Infantino' },
  { entryId: 'desantis', alias: 'DeSantis' },
  { entryId: 'un', alias: 'UN', caseSensitive: true },
  { entryId: 'site', alias: 'cartels-r-us.com' },
];
const matcher = compileMatcher(TERMS);

describe('word boundaries', () => {
  test.each([
    ['a longer word', 'Trumpeter swans', []],
    ['a word prefix', 'Mexicoland', []],
    ['joined words', 'antiTrump', []],
    ['a digit suffix', 'Trump2024', []],
    ['a letter of another script', 'Mexicoñ', []],
    ['whole word in punctuation', '(Mexico), “Trump”', ['Mexico', 'Trump']],
    ['start and end of the text', 'Mexico', ['Mexico']],
    ['next to a lone surrogate', '\ud800Mexico\udc00', ['Mexico']],
    ['next to an astral symbol', '😀Mexico😀', ['Mexico']],
  ])('%s', (_name, text, expected) => {
    expect(slices(matcher, text)).toEqual(expected);
  });
});

describe('hyphen compounds: each part is a word', () => {
  test.each([
    ['US-Mexico', ['US', 'Mexico']],
    ['US-based firms', ['US']],
    ['anti-Trump protests', ['Trump']],
    ['Mexico–US relations', ['Mexico', 'US']],
    ['Mexican-U.S. Strategy', ['U.S.']],
  ])('%s', (text, expected) => {
    expect(slices(matcher, text)).toEqual(expected);
  });
});

describe('links and dotted tokens', () => {
  test.each([
    ['a domain', 'visit cartels-r-us.com today', ['cartels-r-us.com']],
    ['a domain with a path', 'see news.example.org/mexico/trump', []],
    ['a URL', 'https://example.org/Trump and Mexico', ['Mexico']],
    ['an e-mail address', 'write to Trump@example.org', []],
    ['a domain in parentheses', '(cartels-r-us.com).', ['cartels-r-us.com']],
    ['a sentence after a link', 'cartels.com Mexico', ['Mexico']],
    ['a missing space after a full stop', 'in Mexico.Trump said', ['Mexico', 'Trump']],
    ['a dotted abbreviation', 'the U.S. and the EE.UU. and EE. UU.', ['U.S.', 'EE.UU.', 'EE. UU.']],
    ['a decimal number', 'Trump 3.14 Mexico', ['Trump', 'Mexico']],
    ['e.g. before a name', 'e.g. Mexico', ['Mexico']],
    ['a handle', '@Trump', ['Trump']],
  ])('%s', (_name, text, expected) => {
    expect(slices(matcher, text)).toEqual(expected);
  });

  test('a domain alias matches the whole domain only', () => {
    expect(matcher.find('cartels-r-us.com')).toEqual([
      { start: 0, end: 16, entryId: 'site', alias: 'cartels-r-us.com' },
    ]);
  });
});

describe('possessives', () => {
  test.each([
    ["Sheinbaum's plan", 'Sheinbaum'],
    ['Sheinbaum’s plan', 'Sheinbaum'],
    ['Infantino’s remarks', 'Infantino'],
    ['DeSantis’ pledge', 'DeSantis'],
    ["DeSantis' pledge", 'DeSantis'],
    ['Trump’s threats', 'Trump'],
  ])('%s covers the name only', (text, name) => {
    const [m, ...rest] = matcher.find(text);
    expect(rest).toEqual([]);
    expect(m && text.slice(m.start, m.end)).toBe(name);
    expect(m?.start).toBe(0);
  });
});

describe('paragraph separators', () => {
  const phrase = compileMatcher([{ entryId: 'cs', alias: 'Claudia Sheinbaum' }]);

  test('a phrase never spans U+2029', () => {
    expect(phrase.find('Claudia\u2029Sheinbaum')).toEqual([]);
    expect(phrase.find('Claudia \u2029 Sheinbaum')).toEqual([]);
  });

  test('an ordinary line break or blank line inside a block is whitespace', () => {
    expect(phrase.find('Claudia\nSheinbaum')).toHaveLength(1);
    expect(phrase.find('Claudia\n\nSheinbaum')).toHaveLength(1);
  });

  test('words on each side of U+2029 still match on their own', () => {
    expect(slices(matcher, 'Mexico\u2029Trump')).toEqual(['Mexico', 'Trump']);
  });
});
