import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm, type Mention } from '../../lib/matcher';

/** Mentions as `slice:entryId` strings, in order. */
function found(terms: MatcherTerm[], text: string): string[] {
  return compileMatcher(terms)
    .find(text)
    .map((m: Mention) => `${text.slice(m.start, m.end)}:${m.entryId}`);
}

describe('overlaps', () => {
  test.each<[string, MatcherTerm[], string, string[]]>([
    [
      'the longest match wins over a match inside it',
      [
        { entryId: 'short', alias: 'Sheinbaum' },
        { entryId: 'long', alias: 'Claudia Sheinbaum' },
      ],
      'Claudia Sheinbaum said',
      ['Claudia Sheinbaum:long'],
    ],
    [
      'the longest match wins over an overlapping one that starts earlier',
      [
        { entryId: 'a', alias: 'New York' },
        { entryId: 'b', alias: 'York Times Company' },
      ],
      'the New York Times Company',
      ['York Times Company:b'],
    ],
    [
      'a shorter match fills what the longest one left free',
      [
        { entryId: 'city', alias: 'Mexico City' },
        { entryId: 'mexico', alias: 'Mexico' },
        { entryId: 'hall', alias: 'City Hall of Fame' },
      ],
      'Mexico City Hall of Fame',
      ['Mexico:mexico', 'City Hall of Fame:hall'],
    ],
    [
      'higher priority wins among equal lengths',
      [
        { entryId: 'low', alias: 'Black Sea', priority: 1 },
        { entryId: 'high', alias: 'Sea Lions', priority: 5 },
      ],
      'Black Sea Lions',
      ['Sea Lions:high'],
    ],
    [
      'the leftmost wins among equal lengths and priorities',
      [
        { entryId: 'left', alias: 'Black Sea' },
        { entryId: 'right', alias: 'Sea Lions' },
      ],
      'Black Sea Lions',
      ['Black Sea:left'],
    ],
    [
      'priority decides between entries sharing an alias',
      [
        { entryId: 'a', alias: 'Washington' },
        { entryId: 'b', alias: 'Washington', priority: 2 },
      ],
      'in Washington',
      ['Washington:b'],
    ],
    [
      'the first declared term wins a full tie',
      [
        { entryId: 'a', alias: 'Washington' },
        { entryId: 'b', alias: 'washington' },
      ],
      'in Washington',
      ['Washington:a'],
    ],
    [
      'length beats priority',
      [
        { entryId: 'short', alias: 'Sheinbaum', priority: 100 },
        { entryId: 'long', alias: 'Claudia Sheinbaum' },
      ],
      'Claudia Sheinbaum',
      ['Claudia Sheinbaum:long'],
    ],
    [
      'matching continues after the chosen mention',
      [{ entryId: 'us', alias: 'US US' }],
      'US US US US US',
      ['US US:us', 'US US:us'],
    ],
  ])('%s', (_name, terms, text, expected) => {
    expect(found(terms, text)).toEqual(expected);
  });

  test('mentions come out in order and never overlap, even in long ambiguous runs', () => {
    const terms: MatcherTerm[] = [
      { entryId: 'one', alias: 'a' },
      { entryId: 'two', alias: 'a a' },
      { entryId: 'three', alias: 'a a a' },
    ];
    const text = Array.from({ length: 10_000 }, () => 'a').join(' ');
    const mentions = compileMatcher(terms).find(text);
    expect(mentions.length).toBe(3334);
    mentions.slice(1).forEach((m, i) => {
      expect(m.start).toBeGreaterThanOrEqual(mentions[i]?.end ?? 0);
    });
    expect(mentions.at(-1)?.entryId).toBe('one');
  });
});

describe('plurals and singulars of the last word', () => {
  test.each<[string, string, string, string[]]>([
    [
      '-s added',
      'foreign terrorist organization',
      'two foreign terrorist organizations',
      ['foreign terrorist organizations'],
    ],
    ['-s removed', 'enemy combatants', 'an enemy combatant', ['enemy combatant']],
    ['-es added', 'tax', 'new taxes', ['taxes']],
    ['-es removed', 'boxes', 'a box', ['box']],
    ['-y to -ies', 'drug policy', 'drug policies', ['drug policies']],
    ['-ies to -y', 'drug policies', 'drug policy', ['drug policy']],
    ['vowel + y takes -s', 'attorney', 'attorneys', ['attorneys']],
    ['only the last word', 'drug cartel', 'drugs cartel', []],
    ['not for -ss words', 'Congress', 'Congres', []],
    ['not for -us words', 'census', 'censu', []],
    ['not for two-letter words', 'ox', 'oxs', []],
    ['not for words with digits', 'G20', 'G20s', []],
    ['not an arbitrary suffix', 'cartel', 'cartelx', []],
    ['the declared form still matches', 'drug cartels', 'drug cartels', ['drug cartels']],
  ])('%s', (_name, alias, text, expected) => {
    expect(found([{ entryId: 'x', alias }], text).map((s) => s.replace(/:x$/, ''))).toEqual(
      expected,
    );
  });

  test('never for case-sensitive aliases', () => {
    expect(found([{ entryId: 'us', alias: 'US', caseSensitive: true }], 'the USs')).toEqual([]);
    expect(found([{ entryId: 't', alias: 'Trump', caseSensitive: true }], 'Trumps')).toEqual([]);
  });

  test('a declared alias beats a derived form of the same words', () => {
    const terms: MatcherTerm[] = [
      { entryId: 'cartel', alias: 'cartel', priority: 9 },
      { entryId: 'band', alias: 'Cartels' },
    ];
    expect(found(terms, 'the cartels')).toEqual(['cartels:band']);
    expect(found(terms, 'the cartel')).toEqual(['cartel:cartel']);
  });
});
