import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';

const TERMS: MatcherTerm[] = [
  { entryId: 'trump', alias: 'Trump', caseSensitive: true },
  { entryId: 'un', alias: 'UN', caseSensitive: true },
  { entryId: 'us', alias: 'US', caseSensitive: true },
  { entryId: 'usa', alias: 'United States' },
  { entryId: 'mexico', alias: 'Mexico' },
  { entryId: 'cartels', alias: 'cartels' },
  { entryId: 'caribbean', alias: 'Caribbean' },
  // The building, not the person: capitals on one side are enough for a name (see capitals.ts).
  { entryId: 'trump', alias: 'Trump Tower', stop: true },
];
const matcher = compileMatcher(TERMS);

describe('tricky negatives', () => {
  test.each([
    'He played his trump card.',
    'Trumpeter swans',
    'un libro',
    'let us go',
    'the Pacific Ocean',
    'Mexicoland',
    'cartels-r-us.com',
    'unitedstates',
    'United, States',
    'United\u2029States',
    'visit TRUMP TOWER',
    'Un día en la playa',
    'trumpet players',
    'Caribbeanish',
  ])('%s', (text) => {
    expect(matcher.find(text)).toEqual([]);
  });
});

describe('never throws', () => {
  test.each([
    ['an empty string', ''],
    ['only spaces', '    '],
    ['only line breaks and separators', '\n\n\u2029\u2028\r\n'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
    ['surrogates in the wrong order', '\udc00\ud800Mexico\udbff'],
    ['only invisible characters', '\u00ad\u200b\ufeff\u2060'],
    ['only combining marks', '\u0301\u0302\u0303'],
    ['only punctuation', '.-.-@:/…'],
    ['a dangling link', 'example.com'],
    ['control characters', '\u0000\u0001Mexico\u0007'],
  ])('%s', (_name, text) => {
    expect(() => matcher.find(text)).not.toThrow();
  });

  test('finds nothing in text without words', () => {
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('   ')).toEqual([]);
    expect(matcher.find('\ud800')).toEqual([]);
  });

  test('returns nothing rather than throwing when given something other than a string', () => {
    expect(matcher.find(undefined as unknown as string)).toEqual([]);
  });

  test('handles several megabytes, one huge word and one huge link', () => {
    const big = 'Mexico and the United States. '.repeat(200_000);
    expect(matcher.find(big)).toHaveLength(400_000);
    expect(matcher.find('a'.repeat(2_000_000))).toEqual([]);
    expect(matcher.find(`x.com/${'a-'.repeat(500_000)} Mexico`)).toHaveLength(1);
  });

  test('an empty dictionary matches nothing', () => {
    expect(compileMatcher([]).find('Mexico')).toEqual([]);
  });
});

describe('compiling', () => {
  test('skips aliases with no letter or digit and counts the rest', () => {
    const compiled = compileMatcher([
      { entryId: 'a', alias: '...' },
      { entryId: 'b', alias: '—' },
      { entryId: 'c', alias: '   ' },
      { entryId: 'd', alias: '' },
      { entryId: 'e', alias: '\u00ad\u0301' },
      { entryId: 'f', alias: 'Mexico' },
      { entryId: 'g', alias: '(FIFA)' },
    ]);
    expect(compiled.termCount).toBe(2);
    expect(compiled.find('Mexico ... — FIFA').map((m) => m.entryId)).toEqual(['f', 'g']);
  });

  test('drops punctuation around an alias', () => {
    const text = 'the FIFA board';
    const [m] = compileMatcher([{ entryId: 'fifa', alias: '“FIFA”.' }]).find(text);
    expect(m && text.slice(m.start, m.end)).toBe('FIFA');
    expect(m?.alias).toBe('“FIFA”.');
  });

  test('does not depend on the order or repetition of terms', () => {
    const twice = compileMatcher([...TERMS, ...TERMS].reverse());
    const text = 'Trump and the United States and Mexico';
    expect(twice.find(text).map((m) => m.start)).toEqual(matcher.find(text).map((m) => m.start));
  });
});
