// The scanner: one pass over the text that splits it into words, folds each word while
// reading it (case, diacritics, ligatures; invisible characters skipped) and looks it up in
// the lexicon by its running hash. Only useful known words are recorded, so the output is
// small and nothing is allocated per word. This loop is the matcher's hot path.
//
// The text is read as UTF-8 bytes, encoded window by window into one reused buffer: typed
// array reads are about twice as fast as `charCodeAt`, and do not slow down when the strings
// given to `find` are of different internal kinds (flat, sliced, concatenated).

import { BARRIER, IGNORABLE, LINKING, SPACE, WORD, classOf } from './chars';
import { foldedText } from './fold';
import type { Hits } from './hits';
import { HASH_SEED, finishHash, hashStep, type Lexicon } from './lexicon';
import { startsLink } from './links';
import { UNIT, WORD_SPECIAL, fillUnit } from './units';
import { WordSink } from './word-sink';

/** UTF-16 code units encoded per window. */
const WINDOW = 16384;
const encoder = new TextEncoder();
// Up to three UTF-8 bytes per UTF-16 code unit, plus a terminating zero byte.
const bytes = new Uint8Array(WINDOW * 3 + 1);

/** Folded unit of each byte that is an ASCII letter or digit; 0 for every other byte. */
const ASCII_WORD = new Int32Array(256);
for (let b = 0; b < 0x80; b++) ASCII_WORD[b] = Math.max(0, UNIT[b] ?? 0);

const SINK = new WordSink();

/** Scanner entry of an astral code point (the BMP ones come from `UNIT`). */
function astralUnit(cp: number): number {
  const cls = classOf(cp);
  return cls === WORD ? -WORD_SPECIAL : -cls;
}

/**
 * Appends to `hits` the words of `text` found in `lexicon`. With `intern` set, every word is
 * added to the lexicon instead (used to compile aliases with exactly the rules used on text).
 * With `roots` (per word id, the trie node it leads to from the root, or -1), a known word is
 * kept only if it begins an alias or directly follows a kept word: the others cannot be part
 * of any match.
 *
 * A word is a run of letters, marks and digits of any script; invisible characters inside it
 * are skipped. Words are numbered in `seq`; a paragraph separator skips a number so that no
 * phrase can span it. A whitespace-free chunk that looks like a link becomes one word.
 */
export function scanWords(
  text: string,
  lexicon: Lexicon,
  intern: boolean,
  hits: Hits,
  roots: Int32Array | null = null,
): void {
  const n = text.length;
  const sink = SINK;
  sink.reset(text, lexicon, intern, hits, roots);
  const unit = UNIT;
  const buf = bytes;
  const asciiWord = ASCII_WORD;
  const { maxLength, filter, filterShift } = lexicon;
  // The word being read: its start, end, running hash and folded length.
  let inWord = false;
  let start = 0;
  let end = 0;
  let h = HASH_SEED;
  let len = 0;
  // Inside a link chunk, everything up to the next whitespace is skipped.
  let inLink = false;
  for (let from = 0; from < n;) {
    let to = Math.min(n, from + WINDOW);
    // Never split a surrogate pair between two windows.
    const last = text.charCodeAt(to - 1);
    if (to < n && last >= 0xd800 && last <= 0xdbff) to--;
    const written = encoder.encodeInto(text.substring(from, to), buf).written ?? 0;
    // The zero byte after the window ends the fast word loop without a bounds check.
    buf[written] = 0;
    // The UTF-16 offset of the character at byte `p` is `p + delta`.
    let delta = from;
    let p = 0;
    while (p < written) {
      const at = p + delta;
      const b = buf[p] ?? 0;
      let cp = b;
      let v: number;
      if (b < 0x80) {
        v = unit[b] ?? 0;
        p++;
      } else {
        // Decode one UTF-8 sequence (always valid: it comes from the encoder).
        if (b < 0xe0) {
          cp = ((b & 0x1f) << 6) | ((buf[p + 1] ?? 0) & 0x3f);
          p += 2;
          delta -= 1;
        } else if (b < 0xf0) {
          cp = ((b & 0x0f) << 12) | (((buf[p + 1] ?? 0) & 0x3f) << 6) | ((buf[p + 2] ?? 0) & 0x3f);
          p += 3;
          delta -= 2;
        } else {
          cp =
            ((b & 0x07) << 18) |
            (((buf[p + 1] ?? 0) & 0x3f) << 12) |
            (((buf[p + 2] ?? 0) & 0x3f) << 6) |
            ((buf[p + 3] ?? 0) & 0x3f);
          p += 4;
          delta -= 2;
        }
        v = cp < 0x10000 ? unit[cp] || fillUnit(cp) : astralUnit(cp);
      }
      if (inLink) {
        if (v !== -SPACE && v !== -BARRIER) continue;
        sink.link(at);
        inLink = false;
      }
      if (v > 0) {
        if (!inWord) {
          inWord = true;
          start = at;
          h = HASH_SEED;
          len = 0;
        }
        h = hashStep(h, v);
        // Fast path: the rest of a word of plain ASCII letters and digits.
        const first = p;
        for (let u = asciiWord[buf[p] ?? 0] ?? 0; u !== 0; u = asciiWord[buf[++p] ?? 0] ?? 0) {
          h = hashStep(h, u);
        }
        len += p - first + 1;
        end = p + delta;
        continue;
      }
      if (v === -IGNORABLE) continue;
      if (v === -WORD_SPECIAL) {
        if (!inWord) {
          inWord = true;
          start = at;
          h = HASH_SEED;
          len = 0;
        }
        const folded = foldedText(cp);
        for (let k = 0; k < folded.length; k++) h = hashStep(h, folded.charCodeAt(k));
        len += folded.length;
        end = p + delta;
        continue;
      }
      // A separator: the word being read (if any) ends. A word whose letters all fold away
      // (a lone diacritic) is not a word.
      if (inWord) {
        inWord = false;
        if (len > 0) {
          sink.lastEnd = end;
          // The filter turns away nearly every unknown word before the table is read.
          const hash = finishHash(h);
          const bit = hash >>> filterShift;
          if (
            intern ||
            (len <= maxLength && ((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0)
          ) {
            sink.word(start, end, hash, len);
          } else sink.seq++;
        }
      }
      if (v === -SPACE || v === -BARRIER) {
        if (v === -BARRIER) sink.seq++;
        sink.chunkStart = p + delta;
        sink.chunkSeq = sink.seq;
      } else if (v === -LINKING && sink.lastEnd === at && startsLink(text, at)) {
        sink.rewindChunk();
        inLink = true;
      }
    }
    from = to;
  }
  if (inWord && len > 0) {
    sink.lastEnd = end;
    sink.word(start, end, finishHash(h), len);
  }
  if (inLink) sink.link(n);
  sink.release();
}
