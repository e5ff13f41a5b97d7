import { doubled } from './grow';

/** Number of Int32 fields stored per hit. */
const FIELDS = 4;
/** Hits worth of memory kept between two searches. */
const MAX_KEPT = 1 << 16;

/**
 * The words of a text that belong to the vocabulary, in text order, interleaved in one typed
 * array as (seq, start, end, word). `seq` numbers every word of the text (known or not), so
 * two hits are neighbours in the text exactly when their `seq` values differ by one.
 */
export class Hits {
  /** Number of hits stored. */
  count = 0;
  /** The fields of hit `k` start at `data[4 * k]`. */
  data: Int32Array;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(4, capacity) * FIELDS);
  }

  /** Position of hit `k` among all words of the text. */
  seq(k: number): number {
    return this.data[k * FIELDS] ?? -1;
  }

  /** Offset of the first code unit of hit `k` in the original text. */
  start(k: number): number {
    return this.data[k * FIELDS + 1] ?? 0;
  }

  /** Offset just past the last code unit of hit `k` in the original text. */
  end(k: number): number {
    return this.data[k * FIELDS + 2] ?? 0;
  }

  /** Lexicon id of the folded word of hit `k`. */
  word(k: number): number {
    return this.data[k * FIELDS + 3] ?? -1;
  }

  /** Empties the list, keeping its memory (shrinking it if it grew very large). */
  reset(): void {
    this.count = 0;
    if (this.data.length > MAX_KEPT * FIELDS) this.data = new Int32Array(MAX_KEPT * FIELDS);
  }

  /** Appends one hit. */
  push(seq: number, start: number, end: number, word: number): void {
    let at = this.count * FIELDS;
    if (at === this.data.length) this.data = doubled(this.data);
    const data = this.data;
    data[at++] = seq;
    data[at++] = start;
    data[at++] = end;
    data[at] = word;
    this.count++;
  }

  /** Drops the trailing hits that start at or after `offset`. */
  dropFrom(offset: number): void {
    while (this.count > 0 && this.start(this.count - 1) >= offset) this.count--;
  }
}
