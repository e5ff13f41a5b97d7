import { describe, expect, test } from 'vitest';
import { compileMatcher, type MatcherTerm } from '../../lib/matcher';
import { found, slices } from './matcher-helpers';

const TERMS: MatcherTerm[] = [
  { entryId: 'fto', alias: 'organización terrorista extranjera' },
  { entryId: 'amlo', alias: 'Andrés Manuel López Obrador' },
  { entryId: 'amlo', alias: 'López Obrador' },
  { entryId: 'usa', alias: 'EE. UU.' },
  { entryId: 'usa', alias: 'Estados Unidos' },
  { entryId: 'mexico-city', alias: 'Ciudad de México' },
  { entryId: 'sovereignty', alias: 'soberanía de México' },
  { entryId: 'un', alias: 'ONU', caseSensitive: true },
];
const matcher = compileMatcher(TERMS);

describe('Spanish text', () => {
  test.each([
    [
      'la designación como organización terrorista extranjera',
      ['organización terrorista extranjera:fto'],
    ],
    ['ORGANIZACION TERRORISTA EXTRANJERA', ['ORGANIZACION TERRORISTA EXTRANJERA:fto']],
    ['el expresidente Andrés Manuel López Obrador dijo', ['Andrés Manuel López Obrador:amlo']],
    ['Andres Manuel Lopez Obrador', ['Andres Manuel Lopez Obrador:amlo']],
    ['el gobierno de López Obrador', ['López Obrador:amlo']],
    ['en EE. UU. y en EE.UU.', ['EE. UU.:usa', 'EE.UU.:usa']],
    ['los EE.\u00a0UU.', ['EE.\u00a0UU.:usa']],
    ['Estados Unidos y la ONU', ['Estados Unidos:usa', 'ONU:un']],
    ['la Ciudad de México', ['Ciudad de México:mexico-city']],
    ['la soberanía de México', ['soberanía de México:sovereignty']],
    ['un libro de la onu', []],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });

  test.each([
    ['other punctuation between the letters', 'EE, UU'],
    ['no punctuation at all', 'EE UU'],
    ['a single word', 'EEUU'],
  ])('"EE. UU." needs its full stop: not with %s', (_name, text) => {
    expect(found(matcher, text)).toEqual([]);
  });

  test('an alias whose punctuation is written without spaces finds the spaced form too', () => {
    const tight = compileMatcher([{ entryId: 'usa', alias: 'EE.UU.' }]);
    const text = 'EE. UU. y EE.UU.';
    expect(slices(tight, text)).toEqual(['EE. UU.', 'EE.UU.']);
  });
});
