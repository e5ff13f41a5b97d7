// The bundled dataset's precision aids, through the matcher the content script compiles: the
// stop phrases keep other things named alike quiet, the story's events are found as readers
// name them, and the entries every kind of page names are marked common.

import { describe, expect, test } from 'vitest';
import { matcherTerms } from '../../lib/catalog/catalog-terms';
import { catalogInPlaceOfBundled } from '../../lib/catalog/bundled-catalog';
import { bundledDataset } from '../../lib/dataset';
import { compileMatcher } from '../../lib/matcher';
import { found } from './matcher-helpers';

const matcher = compileMatcher(matcherTerms(bundledDataset));

describe('other things named alike highlight nothing', () => {
  test.each([
    'The Washington Post reported',
    'George Washington University',
    'the Washington Nationals and the Washington Examiner',
    'the Indian National Congress',
    'the Library of Congress',
    'He played his trump card.',
    'ALL THE TRUMP CARDS',
    'Melania Trump and Donald Trump Jr.',
    'in New Mexico, on the Gulf of Mexico',
    'en Nuevo México',
    'the Mexico City Policy on abortion',
    'Asia Pacific markets',
  ])('%s', (text) => {
    expect(found(matcher, text)).toEqual([]);
  });

  test('while the names they contain still match on their own', () => {
    expect(found(matcher, 'Washington, Congress, Trump and Mexico')).toEqual([
      'Washington:washington',
      'Congress:us-congress',
      'Trump:donald-trump',
      'Mexico:mexico',
    ]);
  });
});

describe('the story’s events are found as readers name them', () => {
  test.each([
    ['the cartel strikes', 'cartel strikes'],
    ['new strikes on cartels', 'strikes on cartels'],
    ['US strikes on cartels', 'US strikes on cartels'],
    ['U.S. strikes on cartels', 'U.S. strikes on cartels'],
    ['strikes on drug cartels', 'strikes on drug cartels'],
    ['strikes on drug boats', 'strikes on drug boats'],
    ['months of missile strikes on boats', 'strikes on boats'],
    ['21 strikes on suspected drug boats', 'strikes on suspected drug boats'],
    ['a drug boat strike', 'drug boat strike'],
    ['los ataques contra narcolanchas', 'ataques contra narcolanchas'],
    ['ataques contra cárteles', 'ataques contra cárteles'],
  ])('%s', (text, mention) => {
    expect(found(matcher, text)).toEqual([`${mention}:boat-strikes`]);
  });

  test('threatened strikes on land stay their own event', () => {
    expect(found(matcher, 'US strikes in Mexico')).toEqual([
      'US strikes in Mexico:threatened-land-strikes',
    ]);
  });
});

describe('relevance', () => {
  const relevanceOf = catalogInPlaceOfBundled(bundledDataset).relevanceOf;

  test('the entries named on every kind of page are common', () => {
    const everywhere = [
      'donald-trump',
      'united-states',
      'washington',
      'mexico',
      'united-nations',
      'us-congress',
      'republican-leaders',
    ];
    expect(everywhere.filter((id) => relevanceOf(id) !== 'common')).toEqual([]);
  });

  test('the story’s own names are distinctive', () => {
    const own = ['claudia-sheinbaum', 'boat-strikes', 'threatened-land-strikes', 'fto-designation'];
    expect(own.filter((id) => relevanceOf(id) !== 'distinctive')).toEqual([]);
  });

  test('every entry says which it is', () => {
    expect(bundledDataset.entries.filter((entry) => !entry.relevance).map((e) => e.id)).toEqual([]);
  });
});
