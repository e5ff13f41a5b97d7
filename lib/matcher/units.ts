// The scanner's combined lookup table: one read per code unit tells both whether it belongs
// to a word and, for the common case, what it folds to. Filled lazily from `chars` and `fold`.

import { BMP_CLASS, IGNORABLE, SURROGATE, WORD, classOf, codePointAt, fillClass } from './chars';
import { FOLD_KIND, FOLD_SINGLE, FOLD_UNIT, fillFold, foldedText } from './fold';

/** Negated entry of a word character that folds to zero or several code units. */
export const WORD_SPECIAL = 10;

/**
 * For each BMP code unit: its folded code unit (> 0) when it is a word character folding to
 * exactly one unit, otherwise the negated character class (`-SPACE`, `-SURROGATE`,
 * `-WORD_SPECIAL`, …); 0 while not computed yet.
 */
export const UNIT = new Int32Array(0x10000);

/** Computes and stores the {@link UNIT} entry of `c`. */
export function fillUnit(c: number): number {
  let cls = BMP_CLASS[c] ?? 0;
  if (cls === 0) cls = fillClass(c);
  let value = -cls;
  if (cls === WORD) {
    const kind = FOLD_KIND[c] || fillFold(c);
    value = kind === FOLD_SINGLE ? (FOLD_UNIT[c] ?? 0) : -WORD_SPECIAL;
  }
  UNIT[c] = value;
  return value;
}

for (let c = 0; c < 0x80; c++) fillUnit(c);
for (let c = 0xd800; c <= 0xdfff; c++) UNIT[c] = -SURROGATE;

/**
 * Whether the word `text[start..end)` (word characters and invisible ones only, as the scanner
 * delimits words) folds to exactly the `len` units at `pool[from..]`.
 */
export function foldsTo(
  text: string,
  start: number,
  end: number,
  pool: Uint16Array,
  from: number,
  len: number,
): boolean {
  let p = from;
  const stop = from + len;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = UNIT[c] || fillUnit(c);
    if (v > 0) {
      if (p >= stop || pool[p++] !== v) return false;
      continue;
    }
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    if (classOf(cp) === IGNORABLE) continue;
    const folded = foldedText(cp);
    for (let k = 0; k < folded.length; k++) {
      if (p >= stop || pool[p++] !== folded.charCodeAt(k)) return false;
    }
  }
  return p === stop;
}

/** The folded form of the word `text[start..end)` as a string (for compiling aliases). */
export function foldWord(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    if (classOf(cp) !== IGNORABLE) out += foldedText(cp);
  }
  return out;
}
