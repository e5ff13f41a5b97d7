// The vocabulary of folded alias words, as an open-addressing hash table. The scanner hashes
// each word while reading it, so a lookup allocates nothing and costs the same whatever the
// size of the vocabulary; the word's characters are compared only when the hash matches.

import { foldsTo } from './units';

const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** First value of the running hash of a word (FNV-1a over folded UTF-16 code units). */
export const HASH_SEED = SEED;

/** Adds one folded code unit to a running word hash. */
export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, PRIME);
}

/** Final mixing of a running hash, so that both its low and its high bits are well spread. */
export function finishHash(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Finished hash of a whole folded word, equal to what the scanner computes. */
function hashString(word: string): number {
  let h = SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return finishHash(h);
}

/** A set of folded words, each with a dense numeric id. */
export class Lexicon {
  /** The words, indexed by id. */
  readonly words: string[] = [];
  /** Length of the longest word: longer words of the text are not looked up. */
  maxLength = 0;
  /**
   * One bit per bucket of hashes (`h >>> filterShift`), set when some word falls in it. The
   * scanner tests it inline and skips the table for almost every unknown word of the text.
   */
  filter = new Int32Array(1 << 11);
  /** Shift that turns a hash into a bit index of {@link filter}. */
  filterShift = 32 - 16;
  // Pairs of (hash, id + 1), kept at most a quarter full so that misses end quickly.
  private slots = new Int32Array(128);
  private pool = new Uint16Array(256);
  private readonly offsets: number[] = [];
  private poolUsed = 0;

  /**
   * Id of the word of the text `text[start..end)` whose folded form has `len` units and
   * finished hash `h`, or -1 when it is not in the lexicon.
   */
  find(h: number, len: number, text: string, start: number, end: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = (slots[2 * s + 1] ?? 0) - 1;
      if (id < 0) return -1;
      if (slots[2 * s] !== h || this.lengthOf(id) !== len) continue;
      if (foldsTo(text, start, end, this.pool, this.offsets[id] ?? 0, len)) return id;
    }
  }

  /** Id of an already folded word, or -1 when absent. */
  findString(word: string): number {
    const h = hashString(word);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = (slots[2 * s + 1] ?? 0) - 1;
      if (id < 0) return -1;
      if (slots[2 * s] === h && this.words[id] === word) return id;
    }
  }

  /** Id of an already folded word, adding it when absent. */
  intern(word: string): number {
    const found = this.findString(word);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    this.store(word);
    if (word.length > this.maxLength) this.maxLength = word.length;
    if ((id + 1) * 4 > this.slots.length >> 1) this.rehash(this.slots.length * 2);
    else this.place(id, hashString(word));
    return id;
  }

  private lengthOf(id: number): number {
    return (this.offsets[id + 1] ?? this.poolUsed) - (this.offsets[id] ?? 0);
  }

  private store(word: string): void {
    if (this.poolUsed + word.length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + word.length));
      grown.set(this.pool);
      this.pool = grown;
    }
    for (let i = 0; i < word.length; i++) this.pool[this.poolUsed + i] = word.charCodeAt(i);
    this.offsets.push(this.poolUsed);
    this.poolUsed += word.length;
  }

  private place(id: number, h: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let s = h & mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = id + 1;
    const bit = h >>> this.filterShift;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    // At least 32 bits per word (`size` is 8 slots' worth per word), and at least 2^16 bits.
    const bits = Math.max(16, Math.ceil(Math.log2(size * 4)));
    this.filterShift = 32 - bits;
    this.filter = new Int32Array(1 << (bits - 5));
    for (let id = 0; id < this.words.length; id++) this.place(id, hashString(this.words[id] ?? ''));
  }
}
