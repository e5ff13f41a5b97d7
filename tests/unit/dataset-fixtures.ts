// A small valid dataset and the article it is drawn from, for the dataset tests to break on
// purpose. Plain JSON-like objects, so tests can put any wrong value anywhere.

import { expect } from 'vitest';
import { validateDataset } from '../../lib/dataset/validate';
import type { DatasetError } from '../../lib/dataset/types';

/** A tiny article that the fixture dataset quotes. */
export const FIXTURE_ARTICLE =
  'Mexican President Claudia Sheinbaum met Donald Trump in Mexico City. ' +
  '“It’s not going to happen,” Sheinbaum said. Trump spoke about the strikes.';

type Json = Record<string, unknown>;

/** A fresh valid dataset with three entries; `mutate` may change anything in it. */
export function fixtureDataset(
  mutate: (dataset: { source: Json; entries: Json[] } & Json) => void = () => {},
) {
  const dataset = {
    version: 1,
    source: { title: 'A meeting in Mexico City', kind: 'news report', period: 'One day' },
    entries: [
      {
        id: 'claudia-sheinbaum',
        kind: 'person',
        name: 'Claudia Sheinbaum',
        description: 'Mexico’s president.',
        aliases: [{ text: 'Claudia Sheinbaum' }, { text: 'Sheinbaum' }],
        facts: [{ text: 'She met Trump.', evidence: 'Claudia Sheinbaum met Donald Trump' }],
        quotes: [{ text: 'It’s not going to happen', speaker: 'claudia-sheinbaum' }],
        related: ['donald-trump'],
      },
      {
        id: 'donald-trump',
        kind: 'person',
        name: 'Donald Trump',
        description: 'President of the United States.',
        aliases: [{ text: 'Donald Trump' }, { text: 'Trump', caseSensitive: true }],
        facts: [
          { text: 'He spoke about the strikes.', evidence: 'Trump spoke about the strikes.' },
        ],
        quotes: [],
        related: ['claudia-sheinbaum'],
      },
      {
        id: 'mexico-city',
        kind: 'place',
        name: 'Mexico City',
        description: 'Where they met.',
        aliases: [{ text: 'Mexico City' }, { text: 'Ciudad de México', lang: 'es' }],
        facts: [{ text: 'The meeting took place there.', evidence: 'in Mexico City' }],
        priority: 1,
      },
    ] as Json[],
  };
  mutate(dataset);
  return dataset;
}

/** The fixture's entry at `index`, typed loosely for tests to modify. */
export function entryAt(dataset: { entries: Json[] }, index: number): Json {
  const entry = dataset.entries[index];
  if (!entry) throw new Error(`no entry ${index}`);
  return entry;
}

/** The errors `validateDataset` reports for `input`; fails the test if it reports none. */
export function errorsOf(input: unknown): DatasetError[] {
  const result = validateDataset(input);
  if (result.ok) expect.fail('expected the dataset to be rejected');
  return result.errors;
}

/** Asserts that `input` is rejected with an error at `path` whose message matches `message`. */
export function expectError(input: unknown, path: string, message: RegExp): void {
  const errors = errorsOf(input);
  expect(errors).toContainEqual({ path, message: expect.stringMatching(message) });
}
