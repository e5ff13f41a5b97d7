/**
 * What the first stage needs to know about the stories to tell, without matching, that a page
 * shows nothing: the words of every alias (folded, as the matcher folds them), which entry each
 * run of words names, and what naming an entry weighs in the relevance decision. Derived from a
 * compiled dictionary (build-scout-table.ts): at build time for the bundled dataset, and by the
 * background when the imported datasets change. Pure logic.
 *
 * Every page and frame holds the table for as long as it is open, so it is kept flat: the runs
 * in one string and the entries in one array, rather than an array per run and per entry, which
 * cost the first stage more heap than the rest of the table.
 */
/** The format of a scout table; the first stage refuses any other. */
export const SCOUT_FORMAT = 2;

/** Numbers of one entry in {@link ScoutTable.entries}: weight, shown alone (0 or 1), story. */
export const ENTRY_FIELDS = 3;

/** The scout table as it is shipped and stored. */
export interface ScoutTable {
  readonly format: typeof SCOUT_FORMAT;
  /** Checksum of the bundled dictionary it was built with: a newer bundled one makes it stale. */
  readonly bundled: string;
  /** The score a part of a page needs to be about a story. */
  readonly threshold: number;
  /** Folded alias words. */
  readonly words: readonly string[];
  /**
   * Per entry, {@link ENTRY_FIELDS} numbers: what naming it weighs, 1 when it is shown wherever
   * it is named, the index of its story.
   */
  readonly entries: readonly number[];
  /**
   * The runs of words an alias can match, separated by commas; each run is the entry's index,
   * then the word indices in order, in base 36 separated by spaces (see {@link encodeRuns}).
   */
  readonly paths: string;
}

/** The runs of a table, `[entry, word, word, …]` each, as {@link ScoutTable.paths} holds them. */
export function encodeRuns(runs: readonly (readonly number[])[]): string {
  return runs.map((run) => run.map((n) => n.toString(36)).join(' ')).join(',');
}

/**
 * The runs of {@link ScoutTable.paths} in one array: for each run its number of words, its entry,
 * then its words. Null when the text is not a list of runs of an entry and at least one word.
 */
export function decodeRuns(paths: string): Int32Array | null {
  if (paths === '') return new Int32Array(0);
  const out: number[] = [];
  let start = 0;
  let value = -1;
  for (let i = 0; i <= paths.length; i++) {
    const c = i < paths.length ? paths.charCodeAt(i) : 0x2c;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x7a ? c - 0x57 : -1;
    if (digit >= 0) {
      value = (value < 0 ? 0 : value * 36) + digit;
      if (value > 0x7fffffff) return null;
      continue;
    }
    if ((c !== 0x20 && c !== 0x2c) || value < 0) return null;
    if (out.length === start) out.push(0);
    out.push(value);
    value = -1;
    if (c === 0x2c) {
      // The run's length goes first: its words, without the entry.
      const words = out.length - start - 2;
      if (words < 1) return null;
      out[start] = words;
      start = out.length;
    }
  }
  return Int32Array.from(out);
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
  if (typeof paths !== 'string' || !words.every((word) => typeof word === 'string')) return null;
  if (entries.length % ENTRY_FIELDS !== 0 || !entries.every((n) => typeof n === 'number')) {
    return null;
  }
  const runs = decodeRuns(paths);
  if (!runs) return null;
  const entryCount = entries.length / ENTRY_FIELDS;
  for (let i = 0; i < runs.length; i += runs[i]! + 2) {
    if (runs[i + 1]! >= entryCount) return null;
    for (let k = i + 2; k < i + 2 + runs[i]!; k++) if (runs[k]! >= words.length) return null;
  }
  return table as ScoutTable;
}
