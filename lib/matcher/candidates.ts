import { doubled } from './grow';

/** Number of Int32 fields stored per candidate. */
const FIELDS = 5;
/** Candidates worth of memory kept between two searches. */
const MAX_KEPT = 1 << 14;

/**
 * Every place where some alias matched, possibly overlapping, ordered by start then end, in
 * one typed array as (start, end, first, last, term): `first`/`last` are the indexes of the
 * first and last matched words among the hits, `term` an index into the trie's term list.
 */
export class Candidates {
  /** Number of candidates stored. */
  count = 0;
  private data = new Int32Array(64 * FIELDS);

  /** Start offset of candidate `i` in the original text. */
  start(i: number): number {
    return this.data[i * FIELDS] ?? 0;
  }

  /** End offset (exclusive) of candidate `i` in the original text. */
  end(i: number): number {
    return this.data[i * FIELDS + 1] ?? 0;
  }

  /** Index of the first matched word of candidate `i` among the hits. */
  first(i: number): number {
    return this.data[i * FIELDS + 2] ?? 0;
  }

  /** Index of the last matched word of candidate `i` among the hits. */
  last(i: number): number {
    return this.data[i * FIELDS + 3] ?? 0;
  }

  /** Index of the best term of candidate `i` in the trie's term list. */
  term(i: number): number {
    return this.data[i * FIELDS + 4] ?? 0;
  }

  /** Empties the list, keeping its memory (shrinking it if it grew very large). */
  reset(): void {
    this.count = 0;
    if (this.data.length > MAX_KEPT * FIELDS) this.data = new Int32Array(MAX_KEPT * FIELDS);
  }

  /** Appends one candidate. */
  push(start: number, end: number, first: number, last: number, term: number): void {
    let at = this.count * FIELDS;
    if (at === this.data.length) this.data = doubled(this.data);
    const data = this.data;
    data[at++] = start;
    data[at++] = end;
    data[at++] = first;
    data[at++] = last;
    data[at] = term;
    this.count++;
  }
}
