import { describe, expect, test } from 'vitest';
import type { MatcherTerm } from '../../lib/matcher';
import { spanishPlural } from '../../lib/matcher/spanish-plurals';
import { slices } from './matcher-helpers';

describe('Spanish plurals (inflect: es)', () => {
  const terms: MatcherTerm[] = [
    { entryId: 'fto', alias: 'organización terrorista extranjera', inflect: 'es' },
    { entryId: 'cartels', alias: 'cártel de la droga', inflect: 'es' },
    { entryId: 'cartels', alias: 'cártel', inflect: 'es' },
    { entryId: 'killings', alias: 'ejecución extrajudicial', inflect: 'es' },
    { entryId: 'combatants', alias: 'combatiente enemigo', inflect: 'es' },
    { entryId: 'law', alias: 'derecho internacional', inflect: 'es' },
  ];
  test.each([
    ['las organizaciones terroristas extranjeras', ['organizaciones terroristas extranjeras']],
    ['los cárteles de la droga', ['cárteles de la droga']],
    ['los cárteles mexicanos', ['cárteles']],
    ['ejecuciones extrajudiciales', ['ejecuciones extrajudiciales']],
    ['combatientes enemigos', ['combatientes enemigos']],
    ['la organización terrorista extranjera', ['organización terrorista extranjera']],
    // Only the Spanish plural: no English -s on the last word alone.
    ['organización terrorista extranjeras', []],
    ['derechos internacionales', ['derechos internacionales']],
  ])('%s', (text, expected) => {
    expect(slices(terms, text)).toEqual(expected);
  });

  test.each([
    [['cartel'], ['carteles']],
    [
      ['organizacion', 'terrorista', 'extranjera'],
      ['organizaciones', 'terroristas', 'extranjeras'],
    ],
    [
      ['cartel', 'de', 'la', 'droga'],
      ['carteles', 'de', 'la', 'droga'],
    ],
    [['luz'], ['luces']],
    [['crisis'], null],
  ])('spanishPlural(%j)', (words, expected) => {
    expect(spanishPlural(words)).toEqual(expected);
  });
});

describe('no inflection (inflect: none)', () => {
  test('names of people and places are found as written', () => {
    const terms: MatcherTerm[] = [
      { entryId: 'pacific', alias: 'Pacífico', inflect: 'none' },
      { entryId: 'mexico', alias: 'Mexico', inflect: 'none' },
    ];
    expect(slices(terms, 'manifestantes pacíficos en el Pacífico')).toEqual(['Pacífico']);
    expect(slices(terms, 'two Mexicos, Mexico’s answer')).toEqual(['Mexico']);
  });

  test('English inflection stays the default', () => {
    const terms: MatcherTerm[] = [{ entryId: 'fto', alias: 'foreign terrorist organization' }];
    expect(slices(terms, 'foreign terrorist organizations')).toEqual([
      'foreign terrorist organizations',
    ]);
  });
});
