import { describe, expect, test } from 'vitest';
import {
  checkAgainstArticle,
  countAliasMatches,
  entriesNamedIn,
} from '../../lib/dataset/check-article';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset } from '../../lib/dataset/types';
import { FIXTURE_ARTICLE, entryAt, fixtureDataset } from './dataset-fixtures';

function checked(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('checkAgainstArticle', () => {
  test('accepts excerpts and quotations copied word for word', () => {
    expect(checkAgainstArticle(checked(fixtureDataset()), FIXTURE_ARTICLE)).toEqual([]);
  });

  test('points at an excerpt that differs from the article, and where', () => {
    const dataset = checked(
      fixtureDataset(
        (d) =>
          (entryAt(d, 0).facts = [
            { text: 'She met him.', evidence: 'Claudia Sheinbaum met Trump' },
          ]),
      ),
    );
    expect(checkAgainstArticle(dataset, FIXTURE_ARTICLE)).toEqual([
      {
        path: 'entries[0].facts[0].evidence',
        message: expect.stringMatching(
          /^Not found word for word in the article\. It matches up to "Claudia Sheinbaum met ", where the article continues with "Donald Trump" but this has "Trump"\./,
        ),
      },
    ]);
  });

  test('notices a straight apostrophe where the article has a curly one', () => {
    const dataset = checked(
      fixtureDataset(
        (d) =>
          (entryAt(d, 0).quotes = [
            { text: "It's not going to happen", speaker: 'claudia-sheinbaum' },
          ]),
      ),
    );
    const [error] = checkAgainstArticle(dataset, FIXTURE_ARTICLE);
    expect(error?.path).toBe('entries[0].quotes[0].text');
    expect(error?.message).toContain('continues with "’s not going');
  });

  test('reports an excerpt with nothing in common with the article', () => {
    const dataset = checked(
      fixtureDataset((d) => (entryAt(d, 2).facts = [{ text: 'A fact.', evidence: 'Zebras' }])),
    );
    expect(checkAgainstArticle(dataset, FIXTURE_ARTICLE)).toEqual([
      {
        path: 'entries[2].facts[0].evidence',
        message: expect.stringMatching(/^Not found in the article/),
      },
    ]);
  });

  test('wants quotations to stand inside quotation marks in the article', () => {
    const dataset = checked(
      fixtureDataset(
        (d) =>
          (entryAt(d, 1).quotes = [
            { text: 'Trump spoke about the strikes.', speaker: 'donald-trump' },
          ]),
      ),
    );
    expect(checkAgainstArticle(dataset, FIXTURE_ARTICLE)).toEqual([
      {
        path: 'entries[1].quotes[0].text',
        message: expect.stringMatching(/not inside quotation marks/),
      },
    ]);
  });

  test.each([
    ['«', '»'],
    ['‹', '›'],
  ])('takes %s…%s as quotation marks (Spanish, French)', (open, close) => {
    const dataset = checked(
      fixtureDataset(
        (d) =>
          (entryAt(d, 1).quotes = [
            { text: 'Trump spoke about the strikes.', speaker: 'donald-trump' },
          ]),
      ),
    );
    const article = `${FIXTURE_ARTICLE}\n\nHe said: ${open}Trump spoke about the strikes.${close}`;
    expect(checkAgainstArticle(dataset, article)).toEqual([]);
  });
});

describe('countAliasMatches', () => {
  test('matches whole words, ignoring case and accents', () => {
    expect(
      countAliasMatches('Andres Manuel Lopez Obrador spoke.', {
        text: 'Andrés Manuel López Obrador',
      }),
    ).toBe(1);
    expect(countAliasMatches('MEXICO and México and mexico', { text: 'Mexico' })).toBe(3);
    expect(countAliasMatches('Mexicolandia', { text: 'Mexico' })).toBe(0);
    expect(countAliasMatches('fun run', { text: 'un' })).toBe(0);
  });

  test('respects case-sensitive aliases', () => {
    expect(countAliasMatches('a trump card', { text: 'Trump', caseSensitive: true })).toBe(0);
    expect(countAliasMatches('Trump said', { text: 'Trump', caseSensitive: true })).toBe(1);
  });

  test('accepts plural and possessive endings like the matcher', () => {
    expect(countAliasMatches('drug cartels', { text: 'drug cartel' })).toBe(1);
    expect(countAliasMatches('Trump’s memo', { text: 'Trump', caseSensitive: true })).toBe(1);
    expect(countAliasMatches('the USs', { text: 'US', caseSensitive: true })).toBe(0);
  });

  test('treats hyphens, dashes and spaces alike, and aliases ending in punctuation', () => {
    expect(countAliasMatches('drug-smuggling operations', { text: 'drug smuggling' })).toBe(1);
    expect(countAliasMatches('EE. UU. y México', { text: 'EE. UU.' })).toBe(1);
  });

  test('entriesNamedIn lists the entries a text names', () => {
    const dataset = checked(fixtureDataset());
    expect(entriesNamedIn(dataset, 'Sheinbaum went to Ciudad de Mexico.')).toEqual(
      new Set(['claudia-sheinbaum', 'mexico-city']),
    );
  });
});
