import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { found } from './matcher-helpers';

const TERMS: MatcherTerm[] = [
  { entryId: 'usa', alias: 'U.S.' },
  { entryId: 'usa', alias: 'US', caseSensitive: true },
  { entryId: 'usa', alias: 'EE. UU.', inflect: 'es' },
  { entryId: 'un', alias: 'U.N.' },
  { entryId: 'congress', alias: 'U.S. Congress' },
  { entryId: 'trump', alias: 'Donald J. Trump' },
];
const matcher = compileMatcher(TERMS);

describe('an alias written with a final dot takes the dot of the text', () => {
  test.each([
    ['at the end of a sentence', 'in the U.S.', ['U.S.:usa']],
    ['before the next sentence', 'in the U.S. Then it rained.', ['U.S.:usa']],
    ['before a comma', 'the U.S., Mexico and Canada', ['U.S.:usa']],
    ['in a hyphen compound', 'U.S.-Mexico talks', ['U.S.:usa']],
    ['in parentheses', 'the United States (U.S.)', ['U.S.:usa']],
    ['before a paragraph break', 'the U.S.\u2029Next', ['U.S.:usa']],
    ['with one dot of two', 'the U.S..', ['U.S.:usa']],
    ['another abbreviation', 'U.N. officials', ['U.N.:un']],
    ['in Spanish', 'la ONU y EE. UU.', ['EE. UU.:usa']],
    ['in Spanish, written tight', 'en EE.UU.', ['EE.UU.:usa']],
    ['inside a longer alias', 'the U.S. Congress voted', ['U.S. Congress:congress']],
    ['with a dot inside only', 'Donald J. Trump.', ['Donald J. Trump:trump']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });
});

describe('and leaves it alone otherwise', () => {
  test.each([
    ['when the text has no dot', 'in the U.S', ['U.S:usa']],
    ['when a word follows the dot', 'the U.S.Army', ['U.S:usa']],
    ['for an alias without one', 'made in the US.', ['US:usa']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });
});

test('the mention’s offsets cover the dot', () => {
  expect(matcher.find('in the U.S.')).toEqual([
    { start: 7, end: 11, entryId: 'usa', alias: 'U.S.' },
  ]);
});
