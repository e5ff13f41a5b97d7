// The two ways in for a candidate dataset: a value already in memory, or the text of a file.
// The steps themselves live in modules of their own: the plain-data copy, the schema, the
// cross-entry rules and the wording of errors.

import * as v from 'valibot';
import { findCrossEntryProblems } from './cross-entry';
import { failure, issueToError } from './errors';
import { migrateDataset } from './migrate';
import { copyPlainData } from './plain-copy';
import { DatasetSchema } from './schema';
import type { DatasetValidation } from './types';
import { clip } from './wording';

export { MAX_REPORTED_ERRORS } from './errors';

/** Largest JSON text `parseDatasetJson` accepts, in bytes of UTF-8. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;

/**
 * Checks that `input` is a dataset this extension can use: its shape, lengths and formats,
 * then the rules across entries. A file of an earlier version is migrated first, so the checked
 * dataset is always of the current version. Never throws, whatever `input` is; the checked
 * dataset is a fresh copy made of plain data only.
 */
export function validateDataset(input: unknown): DatasetValidation {
  try {
    const copy = copyPlainData(input);
    if (!copy.ok) return failure([copy.error]);
    const migrated = migrateDataset(copy.value);
    if (!migrated.ok) return failure([migrated.error]);
    const result = v.safeParse(DatasetSchema, migrated.value);
    if (!result.success) return failure(result.issues.map(issueToError));
    const problems = findCrossEntryProblems(result.output);
    return problems.length > 0 ? failure(problems) : { ok: true, dataset: result.output };
  } catch {
    // Nothing above is expected to throw; this keeps the promise never to throw regardless.
    return failure([{ path: '', message: 'The dataset could not be checked.' }]);
  }
}

/**
 * Parses JSON text, such as an imported file, and validates it as a dataset. Text larger than
 * `MAX_JSON_BYTES` is refused without being parsed. Never throws.
 */
export function parseDatasetJson(text: string): DatasetValidation {
  if (typeof text !== 'string') {
    return failure([{ path: '', message: 'Expected the text of a file.' }]);
  }
  const bytes = text.length > MAX_JSON_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_JSON_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    const message = `The file is too large: ${size} MB or more. A dataset may be at most ${MAX_JSON_BYTES / 1024 / 1024} MB.`;
    return failure([{ path: '', message }]);
  }
  // Editors on some systems start files with a byte order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failure([{ path: '', message: 'The file is empty.' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${clip(error.message, 160)})` : '';
    const message = `The file is not valid JSON, the format datasets are written in${detail}.`;
    return failure([{ path: '', message }]);
  }
  return validateDataset(parsed);
}

// Counted by hand rather than encoded, so measuring a large file does not copy it first.
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (two code units) is four bytes, so each half counts two.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
