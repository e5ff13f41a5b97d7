// The bundled dataset's aliases as news coverage words the story, in English and Spanish, and
// the aliases that are also ordinary words, through the matcher the content script compiles.

import { describe, expect, test } from 'vitest';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher } from '../../lib/matcher';
import { found } from './matcher-helpers';

const matcher = compileMatcher(matcherTerms(bundledDataset));

describe('events and concepts as the news words them', () => {
  test.each([
    ['he said strikes in Mexico would be fine', 'strikes in Mexico:threatened-land-strikes'],
    ['military strikes in Mexico', 'military strikes in Mexico:threatened-land-strikes'],
    ['he threatened land strikes', 'land strikes:threatened-land-strikes'],
    ['aprueba ataques en México', 'ataques en México:threatened-land-strikes'],
    ['ataques de EE. UU. en México', 'ataques de EE. UU. en México:threatened-land-strikes'],
    ['any US military action', 'US military action:us-military-intervention'],
    [
      'la acción militar de Estados Unidos',
      'acción militar de Estados Unidos:us-military-intervention',
    ],
    [
      'rechaza una intervención militar de EE. UU.',
      'intervención militar de EE. UU.:us-military-intervention',
    ],
    ['los ataques a lanchas', 'ataques a lanchas:boat-strikes'],
    ['bombardeos contra embarcaciones', 'bombardeos contra embarcaciones:boat-strikes'],
    ['"no hay subordinación"', 'no hay subordinación:us-mexico-security-cooperation'],
    ['cooperation, without subordination', 'without subordination:us-mexico-security-cooperation'],
    ['as unlawful combatants', 'unlawful combatants:enemy-combatants'],
    ['como combatientes ilegales', 'combatientes ilegales:enemy-combatants'],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual([expected]);
  });
});

describe('institutions and governments by their Spanish and Mexican names', () => {
  test.each([
    ['Trump informó al Congreso', ['Trump:donald-trump', 'Congreso:us-congress']],
    ['el Congreso estadounidense', ['Congreso estadounidense:us-congress']],
    ['la administración de Trump', ['administración de Trump:trump-administration']],
    ['el gobierno de Donald Trump', ['gobierno de Donald Trump:trump-administration']],
    ["Trump's administration", ["Trump's administration:trump-administration"]],
    ['la cooperación con EUA', ['EUA:united-states']],
  ])('%s', (text, expected) => {
    expect(found(matcher, text)).toEqual(expected);
  });

  test.each([
    ['el gobierno de EU', 'EU'],
    ['EU y México acordaron', 'EU'],
    ['ataques de EU en el Pacífico', 'EU'],
  ])('EU, in Spanish next to Spanish words, is the United States: %s', (text, mention) => {
    expect(found(matcher, text)).toContain(`${mention}:united-states`);
  });

  test.each([
    'EU leaders met in Brussels',
    'the EU’s rules',
    'talks between the EU and Mexico',
    'sanctions by the EU',
    'EU',
  ])('EU, the European Union in English, names nothing: %s', (text) => {
    expect(found(matcher, text).filter((item) => item.startsWith('EU:'))).toEqual([]);
  });

  test.each([
    'el Congreso de la Unión aprobó el presupuesto',
    'el Congreso mexicano',
    'el Congreso de la Ciudad de México',
    'un congreso de medicina',
  ])('Mexico’s congress, or any other, is not the US Congress: %s', (text) => {
    expect(found(matcher, text).filter((item) => item.endsWith(':us-congress'))).toEqual([]);
  });
});

describe('an ordinary word is not a name', () => {
  test.each([
    'llegan a un acuerdo pacífico',
    'una protesta pacífica',
    'los mineros, pacíficos pero firmes',
    'una salida pacífica y transparente',
    'a pacific temperament',
    'the pacific settlement of disputes',
  ])('%s', (text) => {
    expect(found(matcher, text)).toEqual([]);
  });

  test.each([
    ['lanchas en el Pacífico', 'Pacífico:pacific'],
    ['en el océano Pacífico', 'océano Pacífico:pacific'],
    ['en el Pacífico Oriental', 'Pacífico Oriental:pacific'],
    ['in the eastern Pacific', 'eastern Pacific:pacific'],
    ['in the Pacific', 'Pacific:pacific'],
    ['ATAQUES EN EL PACÍFICO', 'PACÍFICO:pacific'],
  ])('the ocean: %s', (text, expected) => {
    expect(found(matcher, text)).toEqual([expected]);
  });

  test('a building named Trump is not the person, in capitals either', () => {
    expect(found(matcher, 'VISIT TRUMP TOWER')).toEqual([]);
  });
});

describe('an alias with a context language', () => {
  const terms = [{ entryId: 'us', alias: 'EU', caseSensitive: true, context: 'es' as const }];

  test.each([
    ['de EU', true],
    ['EU y México', true],
    ['con\u00a0EU.', true],
    ['the EU', false],
    ['EU leaders', false],
    ['de\u2029EU', false],
    ['EU', false],
  ])('%s: found %s', (text, expected) => {
    expect(found(compileMatcher(terms), text).length > 0).toBe(expected);
  });
});
