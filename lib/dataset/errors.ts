// How problems are written for the person editing a dataset: where they are, as a path such as
// `entries[3].aliases[0].text`, and how many are listed before the rest are only counted.

import type * as v from 'valibot';
import type { DatasetError, DatasetValidation } from './types';
import { clip } from './wording';

/** Errors reported in full; the rest are only counted. */
export const MAX_REPORTED_ERRORS = 50;

/**
 * Appends `key` to the error path `path`: `[3]` for an index, `.name` for a plain field name,
 * and a quoted, clipped `["…"]` for any other key.
 */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(clip(key))}]`;
}

/** Turns a valibot issue into a dataset error with a path written as `joinPath` writes it. */
export function issueToError(issue: v.BaseIssue<unknown>): DatasetError {
  let path = '';
  for (const item of issue.path ?? []) {
    path = joinPath(path, typeof item.key === 'number' ? item.key : String(item.key));
  }
  return { path, message: issue.message };
}

/**
 * The failed verdict for `errors`. Past `MAX_REPORTED_ERRORS`, the rest are replaced by one
 * closing error that counts them.
 */
export function failure(errors: DatasetError[]): DatasetValidation {
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors };
  const more = errors.length - MAX_REPORTED_ERRORS;
  const message = `And ${more} more ${more === 1 ? 'problem' : 'problems'} not listed here. Fix these first, then check again.`;
  return { ok: false, errors: [...errors.slice(0, MAX_REPORTED_ERRORS), { path: '', message }] };
}
