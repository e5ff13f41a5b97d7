import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { found } from './matcher-helpers';

/** A stop phrase listed by entry `entryId`. */
const stop = (entryId: string, alias: string): MatcherTerm => ({ entryId, alias, stop: true });

const TERMS: MatcherTerm[] = [
  { entryId: 'washington', alias: 'Washington', caseSensitive: true, inflect: 'none' },
  stop('washington', 'Washington Post'),
  stop('washington', 'George Washington'),
  stop('washington', 'Washington State'),
  stop('washington', 'Washington Nationals'),
  stop('washington', 'Washington University'),
  { entryId: 'congress', alias: 'Congress', caseSensitive: true },
  stop('congress', 'Indian National Congress'),
  { entryId: 'trump', alias: 'Trump', caseSensitive: true, inflect: 'none' },
  { entryId: 'trump', alias: 'Donald Trump', inflect: 'none' },
  stop('trump', 'trump card'),
];
const matcher = compileMatcher(TERMS);

describe('stop phrases claim their text and highlight nothing', () => {
  test.each([
    ['The Washington Post reported', []],
    ['THE WASHINGTON POST', []],
    ['George Washington crossed the Delaware', []],
    ['Washington State and the Washington state legislature', []],
    ['the Washington Nationals won', []],
    ['George Washington University', []],
    ['the Indian National Congress', []],
    ['He played his trump card.', []],
    ['Trump cards and TRUMP CARDS', []],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });
});

describe('the aliases they guard still match everywhere else', () => {
  test.each([
    ['Washington said no', ['Washington:washington']],
    ['the Washington Post asked Washington', ['Washington:washington']],
    ['Congress and the Indian National Congress', ['Congress:congress']],
    ['Trump kept his trump card', ['Trump:trump']],
    // The longer alias wins over the stop phrase that overlaps it.
    ['the Donald Trump card game', ['Donald Trump:trump']],
    ['Washington. Post', ['Washington:washington']],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });
});

test('a stop phrase beats an alias of the same words', () => {
  const terms = [{ entryId: 'paper', alias: 'Washington Post', priority: 100 }, ...TERMS];
  expect(found(terms, 'the Washington Post')).toEqual([]);
});

test('stop phrases count as compiled terms', () => {
  expect(matcher.termCount).toBe(TERMS.length);
});

test('a stop phrase beats an overlapping alias of the same length, whatever its priority', () => {
  const terms = [stop('sea', 'Black Sea'), { entryId: 'lions', alias: 'Sea Lions', priority: 100 }];
  expect(found(terms, 'Black Sea Lions')).toEqual([]);
});
