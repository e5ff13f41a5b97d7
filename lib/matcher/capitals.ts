// Headlines, kickers and bylines are often set in capitals: "SHEINBAUM AND TRUMP". A
// case-sensitive alias written with initial capitals ("Trump") also matches its all-capitals
// form there, and only there: "TRUMP" inside ordinary running text, and "trump" anywhere, are
// not the person. Both checks run only for a case-sensitive candidate whose exact case failed,
// so they stay off the scanner's hot path.

import { IGNORABLE, WORD, classOf } from './chars';

/** Letter case of one code unit: not computed yet, lower case, upper case, or neither. */
const UNKNOWN = 0;
const LOWER = 1;
const UPPER = 2;
const UNCASED = 3;
const CASE = new Uint8Array(0x10000);

function caseOf(c: number): number {
  let kind = CASE[c] ?? UNKNOWN;
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(c);
    // `ß` upper-cases to `SS` and `ǅ` to `Ǆ`: both count as lower case, as they should.
    kind = ch.toUpperCase() !== ch ? LOWER : ch.toLowerCase() !== ch ? UPPER : UNCASED;
    CASE[c] = kind;
  }
  return kind;
}

/** How far the search for a neighbouring word reaches on each side, in code units. */
const REACH = 64;
/** What the nearest counted word on one side is: none, one with a lower-case letter, capitals. */
const NONE = 0;
const LOWERED = 1;
const CAPITALS = 2;

/** True for the characters that end a line or a paragraph. */
function isLineEnd(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/**
 * The all-capitals form of a case-sensitive alias's words (`Trump` → `TRUMP`), or null when
 * the alias is not written with initial capitals: every word must start with an upper-case
 * letter (or have no letters with case, like `51`) and some letter must be lower case, so
 * acronyms (`US`, `UN`) and phrases with a lower-case word (`US officials`) have none.
 */
export function capitalForms(cased: readonly string[]): string[] | null {
  let lowered = false;
  for (const word of cased) {
    let first = true;
    for (let i = 0; i < word.length; i++) {
      const kind = caseOf(word.charCodeAt(i));
      if (kind === UNCASED) continue;
      if (first && kind === LOWER) return null;
      if (kind === LOWER) lowered = true;
      first = false;
    }
  }
  return lowered ? cased.map((word) => word.toUpperCase()) : null;
}

/**
 * The nearest counted word from `from` in direction `step` (-1 or 1) on the same line: words
 * with fewer than two letters that have case (`A`, `I`, `y`, the `S` of `’S`, numbers) are not
 * counted and are passed over.
 */
function neighbour(text: string, from: number, step: number): number {
  let cased = 0;
  let lowered = false;
  let inWord = false;
  for (let i = from, n = 0; i >= 0 && i < text.length && n < REACH; i += step, n++) {
    const c = text.charCodeAt(i);
    // Surrogates (astral letters are rare) count as separators.
    const cls = c >= 0xd800 && c <= 0xdfff ? 0 : classOf(c);
    if (cls === WORD) {
      const kind = caseOf(c);
      if (kind !== UNCASED) cased++;
      if (kind === LOWER) lowered = true;
      inWord = true;
      continue;
    }
    if (cls === IGNORABLE) continue;
    if (inWord && cased >= 2) return lowered ? LOWERED : CAPITALS;
    if (isLineEnd(c)) return NONE;
    inWord = false;
    cased = 0;
    lowered = false;
  }
  return inWord && cased >= 2 ? (lowered ? LOWERED : CAPITALS) : NONE;
}

/**
 * Whether the mention `text[start..end)` stands among capitals: the nearest counted word on one
 * side or the other, on the same line and within 64 characters, is in capitals. One side is
 * enough: a headline in capitals often runs into lower case ("SHEINBAUM AND TRUMP, in their own
 * words"), while a name in capitals among ordinary words ("the TRUMP brand") has capitals on
 * neither side.
 */
export function amongCapitals(text: string, start: number, end: number): boolean {
  return neighbour(text, start - 1, -1) === CAPITALS || neighbour(text, end, 1) === CAPITALS;
}
