// Where the scanner's words go: known words are looked up, numbered and kept when they can
// take part in a match; link chunks are turned into single words.

import { Hits } from './hits';
import { tokenKey } from './keys';
import { Lexicon } from './lexicon';
import { firstWordChar, lastWordEnd } from './links';
import { foldWord } from './units';

// Placeholders held between two texts, so that the sink never keeps a text alive.
const NO_LEXICON = new Lexicon();
const NO_HITS = new Hits(1);

/**
 * Receives the words found by the scanner and keeps the useful known ones. One instance is
 * reused for every text: optimized code that saw a short-lived instance is thrown away by the
 * next garbage collection.
 */
export class WordSink {
  /** Number of the next word of the text. */
  seq = 0;
  /** Offset where the current whitespace-free chunk starts. */
  chunkStart = 0;
  /** `seq` when the current chunk started. */
  chunkSeq = 0;
  /** End offset of the last word read. */
  lastEnd = -1;
  private keptSeq = -2;

  private text = '';
  private lexicon = NO_LEXICON;
  private intern = false;
  private hits = NO_HITS;
  private roots: Int32Array | null = null;

  /** Starts a new text. */
  reset(text: string, lexicon: Lexicon, intern: boolean, hits: Hits, roots: Int32Array | null) {
    this.text = text;
    this.lexicon = lexicon;
    this.intern = intern;
    this.hits = hits;
    this.roots = roots;
    this.seq = 0;
    this.chunkStart = 0;
    this.chunkSeq = 0;
    this.lastEnd = -1;
    this.keptSeq = -2;
  }

  /**
   * A word `text[start..end)` that may be known: its folded form has `len` units and
   * finished hash `hash` (unused when compiling).
   */
  word(start: number, end: number, hash: number, len: number): void {
    const id = this.intern
      ? this.lexicon.intern(foldWord(this.text, start, end))
      : this.lexicon.find(hash, len, this.text, start, end);
    this.keep(id, start, end);
  }

  /** Lets go of the text and the buffers once the scan is over. */
  release(): void {
    this.text = '';
    this.lexicon = NO_LEXICON;
    this.hits = NO_HITS;
    this.roots = null;
  }

  /** The link chunk that started at `chunkStart` ends at `end`: it is one word. */
  link(end: number): void {
    const from = firstWordChar(this.text, this.chunkStart, end);
    const to = lastWordEnd(this.text, from, end);
    const key = tokenKey(this.text, from, to, 'folded');
    this.keep(this.intern ? this.lexicon.intern(key) : this.lexicon.findString(key), from, to);
  }

  /** Forgets the words read since the current chunk started (it turned out to be a link). */
  rewindChunk(): void {
    const hits = this.hits;
    hits.dropFrom(this.chunkStart);
    this.keptSeq = hits.count > 0 ? hits.seq(hits.count - 1) : -2;
    this.seq = this.chunkSeq;
  }

  private keep(id: number, start: number, end: number): void {
    const roots = this.roots;
    // Without roots (compiling) every word is kept; otherwise only those that begin an alias
    // or directly follow a kept word can be part of a match.
    if (id >= 0 && (!roots || (roots[id] ?? -1) >= 0 || this.keptSeq === this.seq - 1)) {
      this.hits.push(this.seq, start, end, id);
      this.keptSeq = this.seq;
    }
    this.seq++;
  }
}
