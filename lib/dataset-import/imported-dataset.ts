// An imported dataset as Context Cards keeps it: what the options page lists about it, and the
// dataset itself (without the source's full text, which pages never need: it is kept apart).

import type { Dataset } from '../dataset/types';
import type { Parse } from '../parse';

/** What is known about an imported dataset without reading its entries. */
export interface ImportedDatasetInfo {
  /** Its id in the catalog (see `datasetIdOf`); entries become `<id>/<entry id>`. */
  readonly id: string;
  /** The source's title. */
  readonly title: string;
  readonly entryCount: number;
  /** When it was imported, in milliseconds since 1970. */
  readonly importedAt: number;
  /** Whether its entries are highlighted and shown. */
  readonly enabled: boolean;
  /** Its size as stored, in bytes. */
  readonly bytes: number;
  /** True when its evidence was checked word for word against the source text it carried. */
  readonly evidenceChecked: boolean;
}

/** An imported dataset: what is listed about it, and its entries. */
export interface ImportedDataset {
  readonly info: ImportedDatasetInfo;
  readonly dataset: Dataset;
  /**
   * The source's full text, when the file carried one: stored under a key of its own, for the
   * editor to reopen the dataset with its article, and never read by pages.
   */
  readonly sourceText?: string;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks one stored description of an imported dataset; undefined when it is not valid. */
export const parseImportedInfo: Parse<ImportedDatasetInfo> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, title, entryCount, importedAt, enabled, bytes, evidenceChecked } = value as Record<
    keyof ImportedDatasetInfo,
    unknown
  >;
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
  if (typeof title !== 'string' || typeof enabled !== 'boolean') return undefined;
  if (typeof evidenceChecked !== 'boolean') return undefined;
  if (!isCount(entryCount) || !isCount(importedAt) || !isCount(bytes)) return undefined;
  return { id, title, entryCount, importedAt, enabled, bytes, evidenceChecked };
};

/** The size of a value as storage counts it: the bytes of its JSON, in UTF-8. */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
