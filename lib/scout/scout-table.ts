/**
 * What the first stage needs to know about the stories to tell, without matching, that a page
 * shows nothing: the words of every alias (folded, as the matcher folds them), which entry each
 * run of words names, and what naming an entry weighs in the relevance decision. Derived from a
 * compiled dictionary (build-scout-table.ts): at build time for the bundled dataset, and by the
 * background when the imported datasets change. Pure logic.
 */
/** The format of a scout table; the first stage refuses any other. */
export const SCOUT_FORMAT = 1;

/** One entry: what naming it weighs, 1 when it is shown wherever it is named, its story. */
export type ScoutEntry = readonly [weight: number, alone: 0 | 1, story: number];

/** The scout table as it is shipped and stored. */
export interface ScoutTable {
  readonly format: typeof SCOUT_FORMAT;
  /** Checksum of the bundled dictionary it was built with: a newer bundled one makes it stale. */
  readonly bundled: string;
  /** The score a part of a page needs to be about a story. */
  readonly threshold: number;
  /** Folded alias words. */
  readonly words: readonly string[];
  readonly entries: readonly ScoutEntry[];
  /** Per run of words an alias can match: the entry index, then the word indices in order. */
  readonly paths: readonly (readonly number[])[];
}

/**
 * The table a stored value holds, or null when it is not one this version reads, or was built
 * with another bundled dictionary.
 */
export function readScoutTable(value: unknown, bundled: string): ScoutTable | null {
  if (typeof value !== 'object' || value === null) return null;
  const table = value as Partial<ScoutTable>;
  if (table.format !== SCOUT_FORMAT || table.bundled !== bundled) return null;
  const { words, entries, paths, threshold } = table;
  if (typeof threshold !== 'number' || !Array.isArray(words) || !Array.isArray(entries)) {
    return null;
  }
  if (!Array.isArray(paths) || !words.every((word) => typeof word === 'string')) return null;
  const isIndex = (n: unknown, length: number) => Number.isInteger(n) && +n! >= 0 && +n! < length;
  const entriesOk = entries.every(
    (entry) => Array.isArray(entry) && typeof entry[0] === 'number' && typeof entry[2] === 'number',
  );
  const pathsOk = paths.every(
    (path) =>
      Array.isArray(path) &&
      path.length >= 2 &&
      isIndex(path[0], entries.length) &&
      path.slice(1).every((word) => isIndex(word, words.length)),
  );
  return entriesOk && pathsOk ? (table as ScoutTable) : null;
}
