import { expect, test } from 'vitest';
import { migrateDataset } from '../../lib/dataset/migrate';
import { DATASET_VERSION } from '../../lib/dataset/types';
import { parseDatasetJson, validateDataset } from '../../lib/dataset/validate';
import { expectError, fixtureDataset } from './dataset-fixtures';

test('the current format is version 2', () => {
  expect(DATASET_VERSION).toBe(2);
});

test('a version 1 file is read, and checked as the same dataset of version 2', () => {
  const v1 = fixtureDataset((d) => (d.version = 1));
  const v2 = fixtureDataset((d) => (d.version = 2));
  const fromV1 = validateDataset(v1);
  expect(fromV1.ok).toBe(true);
  expect(fromV1).toEqual(validateDataset(v2));
  expect(fromV1.ok && fromV1.dataset.version).toBe(2);
});

test('a version 1 file written as text is read too', () => {
  const result = parseDatasetJson(JSON.stringify(fixtureDataset((d) => (d.version = 1))));
  expect(result.ok && result.dataset.version).toBe(2);
});

test('version 2 adds the full text of the source', () => {
  const text = 'Mexican President Claudia Sheinbaum met Donald Trump in Mexico City.\n\nMore.';
  const result = validateDataset(fixtureDataset((d) => ((d.version = 2), (d.source.text = text))));
  expect(result.ok && result.dataset.source.text).toBe(text);
});

test('a version 1 file cannot carry a source text: that needs version 2', () => {
  expectError(
    fixtureDataset((d) => ((d.version = 1), (d.source.text = 'The article.'))),
    'source.text',
    /^Unknown field "text" in a version 1 dataset\. .*set "version" to 2\.$/,
  );
});

test('a source text must be text and not empty', () => {
  expectError(
    fixtureDataset((d) => ((d.version = 2), (d.source.text = '  \n '))),
    'source.text',
    /^Must not be empty\.$/,
  );
  expectError(
    fixtureDataset((d) => ((d.version = 2), (d.source.text = ['a', 'b']))),
    'source.text',
    /^Must be text, but this is a list/,
  );
});

test('values that are not datasets of an older version pass through for the schema to judge', () => {
  for (const input of [null, 'text', [1], { version: 7 }, { version: '1' }, { entries: [] }]) {
    expect(migrateDataset(input)).toEqual({ ok: true, value: input });
  }
});

test('migrating leaves its input unchanged', () => {
  const v1 = fixtureDataset((d) => (d.version = 1));
  const copy = structuredClone(v1);
  migrateDataset(v1);
  expect(v1).toEqual(copy);
});
