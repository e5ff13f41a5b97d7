// Earlier dataset formats, brought to the current one before the schema looks at them, so that
// a file written for any earlier version of Context Cards stays importable. Each step takes the
// plain-data copy of one version to the next; the schema then checks the result as usual.

import type { DatasetError } from './types';
import { DATASET_VERSION } from './types';

/** A migrated value, or the reason the file cannot be read as its version says. */
export type Migration = { ok: true; value: unknown } | { ok: false; error: DatasetError };

type Plain = Record<string, unknown>;

const isObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Version 1 is version 2 without `source.text`, which version 1 files could not carry.
function fromVersion1(dataset: Plain): Migration {
  if (isObject(dataset.source) && 'text' in dataset.source) {
    const message =
      'Unknown field "text" in a version 1 dataset. The source text belongs to version 2: set "version" to 2.';
    return { ok: false, error: { path: 'source.text', message } };
  }
  return { ok: true, value: { ...dataset, version: 2 } };
}

/** The step from each version to the next, by the version it starts from. */
const STEPS: Record<number, (dataset: Plain) => Migration> = { 1: fromVersion1 };

/**
 * Brings a plain-data dataset of an earlier version to {@link DATASET_VERSION}. Anything else
 * (the current version, an unknown one, not a dataset at all) is returned as it is, for the
 * schema to judge. Pure; never throws on plain data.
 */
export function migrateDataset(input: unknown): Migration {
  let value = input;
  while (isObject(value) && typeof value.version === 'number' && value.version < DATASET_VERSION) {
    const step = STEPS[value.version];
    if (!step) break;
    const next = step(value);
    if (!next.ok) return next;
    value = next.value;
  }
  return { ok: true, value };
}
