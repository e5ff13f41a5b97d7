// Whether a file a reader picked can be imported as a dataset, and what would then be stored.
// Pure: the options page reads the file and the datasets already there, asks here, and stores
// the answer only when it is a yes. Nothing of a file is stored unless all of it is valid.

import { BUNDLED_ID } from '../dataset/bundled-id';
import { checkAgainstArticle } from '../dataset/check-article';
import { failure } from '../dataset/errors';
import type { Dataset, DatasetError } from '../dataset/types';
import { parseDatasetJson } from '../dataset/validate';
import type { KnownDataset } from './alias-clashes';
import { findAliasClashes } from './alias-clashes';
import { datasetIdOf } from './dataset-id';
import type { ImportedDataset, ImportedDatasetInfo } from './imported-dataset';
import { storedBytes } from './imported-dataset';
import {
  MAX_IMPORTED_DATASETS,
  MAX_IMPORTED_TOTAL_BYTES,
  MAX_IMPORT_FILE_BYTES,
} from './import-limits';

/** A dataset already there, with its id (an import replaces the one with its own id). */
export type IdentifiedDataset = KnownDataset & { readonly id: string };

/**
 * The datasets an import must not clash with, named as its problems name them: the bundled
 * one, then `imported`.
 */
export function knownDatasetsOf(
  bundled: Dataset,
  imported: readonly ImportedDataset[],
): IdentifiedDataset[] {
  return [
    { id: BUNDLED_ID, label: 'the bundled dataset', dataset: bundled },
    ...imported.map(({ info, dataset }) => ({
      id: info.id,
      label: `the dataset "${info.title}"`,
      dataset,
    })),
  ];
}

/** A file to import, and what is already there. */
export interface ImportRequest {
  /** The file's text. */
  readonly text: string;
  /** The file's size in bytes, as the browser reports it. */
  readonly fileBytes: number;
  /** The bundled dataset, whose aliases an imported one must not tie with. */
  readonly bundled: Dataset;
  /** Every dataset imported before, turned on or off. */
  readonly imported: readonly ImportedDataset[];
  /** The time of the import, in milliseconds since 1970. */
  readonly now: number;
}

/** The answer: what to store, or why nothing is stored. */
export type ImportVerdict =
  | { ok: true; imported: ImportedDataset; replaces: ImportedDatasetInfo | null }
  | { ok: false; problem: 'too-large'; bytes: number; limit: number }
  | { ok: false; problem: 'no-room'; bytes: number; used: number; limit: number }
  | { ok: false; problem: 'too-many'; limit: number }
  // Decided before this check, by the options page that reads the file's bytes.
  | { ok: false; problem: 'not-utf8' }
  | { ok: false; problem: 'invalid'; errors: DatasetError[] };

/**
 * Decides on one file: it must be at most `MAX_IMPORT_FILE_BYTES`, a valid dataset for the
 * validator, carry evidence and quotations found word for word in its `source.text` (when it
 * has one), share no alias with another dataset at the same priority, and fit beside the others
 * (`MAX_IMPORTED_TOTAL_BYTES`, `MAX_IMPORTED_DATASETS`). A dataset whose id (from its title) is
 * already imported replaces that one. Every problem of the file is reported, capped as the
 * validator caps them.
 */
export function checkImport(request: ImportRequest): ImportVerdict {
  const bytes = Math.max(request.fileBytes, request.text.length);
  if (bytes > MAX_IMPORT_FILE_BYTES) {
    return { ok: false, problem: 'too-large', bytes, limit: MAX_IMPORT_FILE_BYTES };
  }
  const parsed = parseDatasetJson(request.text);
  if (!parsed.ok) return { ok: false, problem: 'invalid', errors: parsed.errors };
  const { source, ...rest } = parsed.dataset;
  const id = datasetIdOf(source.title);
  const replaced = request.imported.find((other) => other.info.id === id) ?? null;
  const others = request.imported.filter((other) => other !== replaced);
  const known = knownDatasetsOf(request.bundled, others);
  const problems = [
    ...(source.text === undefined
      ? []
      : checkAgainstArticle(parsed.dataset, source.text, 'the source text')),
    ...findAliasClashes(parsed.dataset, known),
  ];
  if (problems.length > 0) {
    const capped = failure(problems);
    return { ok: false, problem: 'invalid', errors: capped.ok ? [] : capped.errors };
  }
  // Pages read the dataset without its full text, which is stored apart for the editor; the
  // limit is on storage, so both count.
  const { text, ...sourceWithoutText } = source;
  const dataset: Dataset = { ...rest, source: sourceWithoutText };
  const size = storedBytes(dataset) + (text === undefined ? 0 : storedBytes(text));
  const used = others.reduce((sum, other) => sum + other.info.bytes, 0);
  if (used + size > MAX_IMPORTED_TOTAL_BYTES) {
    return { ok: false, problem: 'no-room', bytes: size, used, limit: MAX_IMPORTED_TOTAL_BYTES };
  }
  if (others.length >= MAX_IMPORTED_DATASETS) {
    return { ok: false, problem: 'too-many', limit: MAX_IMPORTED_DATASETS };
  }
  const info: ImportedDatasetInfo = {
    id,
    title: source.title,
    entryCount: dataset.entries.length,
    importedAt: request.now,
    enabled: true,
    bytes: size,
    evidenceChecked: text !== undefined,
  };
  const imported = { info, dataset, ...(text === undefined ? {} : { sourceText: text }) };
  return { ok: true, imported, replaces: replaced?.info ?? null };
}
