// Folding of single code points: full case folding, compatibility decomposition (ligatures,
// full-width forms) and removal of diacritics. Folding one code point at a time keeps it
// context-free, so an alias and the text always fold the same way, and makes it cacheable.

/** Folds to nothing (a diacritic on its own). */
export const FOLD_EMPTY = 2;
/** Folds to exactly one UTF-16 code unit, stored in {@link FOLD_UNIT}. */
export const FOLD_SINGLE = 1;
/** Folds to several code units, read with {@link foldedText}. */
export const FOLD_MULTI = 3;

/**
 * Whether `c` is a combining diacritic of Latin, Greek or Cyrillic (or of their extensions).
 * Marks of other scripts are kept: in Devanagari or Thai they are vowels, not decorations.
 */
function isDiacritic(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** `s` without its combining diacritics. */
function stripDiacritics(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDiacritic(c)) out += s.charAt(i);
  }
  return out;
}

/** Case-folded, decomposed and diacritic-free form of one code point. */
function computeFold(cp: number): string {
  // Upper then lower case gives full folding for ß→ss, ς→σ, ﬁ→fi, ı→i and İ→i̇.
  const ch = String.fromCodePoint(cp);
  return stripDiacritics(ch.toUpperCase().toLowerCase().normalize('NFKD'));
}

/** How each BMP code unit folds: 0 (not computed yet), {@link FOLD_SINGLE}, … */
export const FOLD_KIND = new Uint8Array(0x10000);
/** The folded code unit of BMP code units whose kind is {@link FOLD_SINGLE}. */
export const FOLD_UNIT = new Uint16Array(0x10000);
const multi = new Map<number, string>();

/** Computes and caches how a BMP code unit folds; returns its kind. */
export function fillFold(c: number): number {
  const folded = computeFold(c);
  let kind = FOLD_MULTI;
  if (folded.length === 0) kind = FOLD_EMPTY;
  else if (folded.length === 1) {
    kind = FOLD_SINGLE;
    FOLD_UNIT[c] = folded.charCodeAt(0);
  } else multi.set(c, folded);
  FOLD_KIND[c] = kind;
  return kind;
}

for (let c = 0; c < 0x80; c++) fillFold(c);

/** Folded form of any code point as a string (cached). */
export function foldedText(cp: number): string {
  if (cp < 0x10000) {
    const kind = FOLD_KIND[cp] || fillFold(cp);
    if (kind === FOLD_SINGLE) return String.fromCharCode(FOLD_UNIT[cp] ?? 0);
    if (kind === FOLD_EMPTY) return '';
  }
  let folded = multi.get(cp);
  if (folded === undefined) {
    folded = computeFold(cp);
    multi.set(cp, folded);
  }
  return folded;
}

const cased = new Map<number, string>();

/**
 * Decomposed, diacritic-free form of one code point with its case kept, used to check
 * case-sensitive aliases (so `Mexico` still equals `México` but not `MEXICO`).
 */
export function casedText(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  let out = cased.get(cp);
  if (out === undefined) {
    out = stripDiacritics(String.fromCodePoint(cp).normalize('NFKD'));
    cased.set(cp, out);
  }
  return out;
}
