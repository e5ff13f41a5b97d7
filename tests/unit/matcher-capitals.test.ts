import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { found } from './matcher-helpers';

const TERMS: MatcherTerm[] = [
  { entryId: 'trump', alias: 'Trump', caseSensitive: true },
  { entryId: 'rubio', alias: 'Rubio', caseSensitive: true },
  { entryId: 'congress', alias: 'Congress', caseSensitive: true },
  { entryId: 'desantis', alias: 'DeSantis', caseSensitive: true },
  { entryId: 'mexico', alias: 'México', caseSensitive: true },
  { entryId: 'sheinbaum', alias: 'Sheinbaum' },
  { entryId: 'us', alias: 'US', caseSensitive: true },
  { entryId: 'un', alias: 'ONU', caseSensitive: true },
  { entryId: 'officials', alias: 'US officials', caseSensitive: true },
  { entryId: 'card', alias: 'trump card', stop: true },
];
const matcher = compileMatcher(TERMS);

describe('a capitalised case-sensitive alias finds its capitals among capitals', () => {
  test.each([
    ['SHEINBAUM AND TRUMP', ['SHEINBAUM:sheinbaum', 'TRUMP:trump']],
    ['TRUMP THREATENS STRIKES ON CARTELS', ['TRUMP:trump']],
    ['RUBIO MEETS SHEINBAUM', ['RUBIO:rubio', 'SHEINBAUM:sheinbaum']],
    ['CONGRESS WEIGHS THE STRIKES', ['CONGRESS:congress']],
    ['TRUMP’S THREATS AND MILITARY CAMPAIGN', ['TRUMP:trump']],
    ['WHAT DESANTIS PLEDGED', ['DESANTIS:desantis']],
    ['WORLD | TRUMP — 2 MIN READ', ['TRUMP:trump']],
    ['A TRUMP VICTORY', ['TRUMP:trump']],
    ['SHEINBAUM RECHAZA LA INTERVENCIÓN DE TRUMP', ['SHEINBAUM:sheinbaum', 'TRUMP:trump']],
    ['RUBIO Y TRUMP HABLAN DE MÉXICO', ['RUBIO:rubio', 'TRUMP:trump', 'MÉXICO:mexico']],
    ['LA REUNIÓN DE RUBIO', ['RUBIO:rubio']],
    // One-letter words say nothing about the line's case, whatever theirs.
    ['RUBIO y TRUMP', ['RUBIO:rubio', 'TRUMP:trump']],
    // Capitals on one side are enough: a headline in capitals that runs into lower case.
    ['SHEINBAUM AND TRUMP, in capitals', ['SHEINBAUM:sheinbaum', 'TRUMP:trump']],
    ['SHEINBAUM Y TRUMP, en sus propias palabras', ['SHEINBAUM:sheinbaum', 'TRUMP:trump']],
    ['read more: TRUMP TALKS', ['TRUMP:trump']],
    [
      'a line of prose\nSHEINBAUM AND TRUMP\nand more prose',
      ['SHEINBAUM:sheinbaum', 'TRUMP:trump'],
    ],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });
});

describe('but not elsewhere', () => {
  test.each([
    ['in lower case', 'trump'],
    ['in odd case', 'tRUMP and TrUMP'],
    ['on its own', 'TRUMP'],
    ['with only a number beside it', 'TRUMP 2025'],
    ['with only one-letter words beside it', 'I, TRUMP'],
    ['shouted in running text', 'the TRUMP brand'],
    ['a capitals kicker before ordinary words', 'TRUMP said on Monday'],
    ['in a Spanish sentence', 'Sheinbaum y TRUMP'],
    ['as a card game', 'HE PLAYED HIS TRUMP CARD'],
    ['as a card game, in the plural', 'ALL THE TRUMP CARDS'],
    ['with capitals only on another line', 'THE HEADLINE\nTRUMP\nthe story'],
    ['with the capitals too far away', `SHEINBAUM AND${' '.repeat(70)}TRUMP`],
    ['across a paragraph break', 'SHEINBAUM AND\u2029TRUMP'],
  ])('%s: %s', (_name, text) => {
    expect(found(matcher, text).filter((item) => !item.endsWith(':sheinbaum'))).toEqual([]);
  });
});

describe('acronyms and phrases with a lower-case word stay exact', () => {
  test.each([
    ['SHEINBAUM WARNS US', ['SHEINBAUM:sheinbaum', 'US:us']],
    ['SHEINBAUM WARNS Us', ['SHEINBAUM:sheinbaum']],
    ['LA ONU Y MÉXICO', ['ONU:un', 'MÉXICO:mexico']],
    ['LA onu Y EL MUNDO', []],
    ['WHAT US OFFICIALS SAID', ['US:us']],
    ['WHAT US officials SAID', ['US officials:officials']],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });
});
