import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { found, slices } from './matcher-helpers';

/** A term of entry `entryId`, with a priority only when one is given. */
function term(entryId: string, alias: string, priority?: number): MatcherTerm {
  return priority === undefined ? { entryId, alias } : { entryId, alias, priority };
}

describe('overlaps', () => {
  test.each<[string, MatcherTerm[], string, string[]]>([
    [
      'the longest match wins over a match inside it',
      [term('short', 'Sheinbaum'), term('long', 'Claudia Sheinbaum')],
      'Claudia Sheinbaum said',
      ['Claudia Sheinbaum:long'],
    ],
    [
      'the longest match wins over an overlapping one that starts earlier',
      [term('a', 'New York'), term('b', 'York Times Company')],
      'the New York Times Company',
      ['York Times Company:b'],
    ],
    [
      'a shorter match fills what the longest one left free',
      [term('city', 'Mexico City'), term('mexico', 'Mexico'), term('hall', 'City Hall of Fame')],
      'Mexico City Hall of Fame',
      ['Mexico:mexico', 'City Hall of Fame:hall'],
    ],
    [
      'higher priority wins among equal lengths',
      [term('low', 'Black Sea', 1), term('high', 'Sea Lions', 5)],
      'Black Sea Lions',
      ['Sea Lions:high'],
    ],
    [
      'the leftmost wins among equal lengths and priorities',
      [term('left', 'Black Sea'), term('right', 'Sea Lions')],
      'Black Sea Lions',
      ['Black Sea:left'],
    ],
    [
      'priority decides between entries sharing an alias',
      [term('a', 'Washington'), term('b', 'Washington', 2)],
      'in Washington',
      ['Washington:b'],
    ],
    [
      'the first declared term wins a full tie',
      [term('a', 'Washington'), term('b', 'washington')],
      'in Washington',
      ['Washington:a'],
    ],
    [
      'length beats priority',
      [term('short', 'Sheinbaum', 100), term('long', 'Claudia Sheinbaum')],
      'Claudia Sheinbaum',
      ['Claudia Sheinbaum:long'],
    ],
    [
      'matching continues after the chosen mention',
      [term('us', 'US US')],
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
    expect(slices([{ entryId: 'x', alias }], text)).toEqual(expected);
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
