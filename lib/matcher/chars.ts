// Character classes that drive tokenizing, computed once per code point: a lazily filled table
// covers the Basic Multilingual Plane and a map the rare astral code points.

/** Class not computed yet (only ever stored in the table). */
const UNKNOWN = 0;
/** Letters, combining marks and digits of any script. */
export const WORD = 1;
/** Spaces of every width and line breaks, except the paragraph separator. */
export const SPACE = 2;
/** Invisible characters ignored wherever they appear (soft hyphen, zero-width characters). */
export const IGNORABLE = 3;
/** U+2029 PARAGRAPH SEPARATOR: no mention ever spans it. */
export const BARRIER = 4;
/** Apostrophes and the quotes commonly typed in their place. */
export const APOSTROPHE = 5;
/** Hyphens, dashes and the minus sign. */
export const DASH = 6;
/** Any other punctuation or symbol. */
export const OTHER = 7;
/** `.`, `@` and `:`, which may join a hostname, an address or a URL into one token. */
export const LINKING = 8;
/** A UTF-16 surrogate: the caller combines pairs and treats lone halves as {@link OTHER}. */
export const SURROGATE = 9;

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const DASH_RE = /\p{Pd}/u;
const SPACE_RE = /[\s\p{Zs}\u0085]/u;

/** ª, ², ³, µ, ¹, º and the vulgar fractions: the letters and numbers of Latin-1's symbols. */
const LATIN1_WORDLIKE = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe];

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07]);

/** True for invisible formatting characters that never separate or form words. */
function isIgnorable(cp: number): boolean {
  return (
    cp === 0xad || // soft hyphen
    cp === 0x34f || // combining grapheme joiner
    cp === 0x180e || // Mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, (non-)joiner, direction marks
    (cp >= 0x202a && cp <= 0x202e) || // bidirectional embeddings
    (cp >= 0x2060 && cp <= 0x2069) || // word joiner, invisible operators, bidi isolates
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0xfeff || // zero-width no-break space / byte order mark
    (cp >= 0xe0100 && cp <= 0xe01ef) // variation selectors supplement
  );
}

/**
 * The class of a code point of Latin text or of General Punctuation, known without the Unicode
 * property patterns; {@link UNKNOWN} for any other. Every page and frame classifies these, and
 * running a property pattern more than once has V8 compile it to several kilobytes of machine
 * code, which the first stage would keep for the page's lifetime. Called after the checks of
 * `classify` that come before the patterns; equal to the patterns on these ranges (tested).
 */
function commonClass(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
      return WORD;
    }
    if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return SPACE;
    return cp === 0x2d ? DASH : OTHER;
  }
  if (cp < 0xc0) {
    if (cp === 0x85 || cp === 0xa0) return SPACE;
    return LATIN1_WORDLIKE.includes(cp) ? WORD : OTHER;
  }
  // Latin-1 letters, Latin Extended-A and B; × and ÷ are symbols.
  if (cp < 0x250) return cp === 0xd7 || cp === 0xf7 ? OTHER : WORD;
  if (cp >= 0x2000 && cp <= 0x206f) {
    if (cp <= 0x200a || cp === 0x2028 || cp === 0x202f || cp === 0x205f) return SPACE;
    if (cp >= 0x2010 && cp <= 0x2015) return DASH;
    return OTHER;
  }
  return UNKNOWN;
}

/** Computes the class of a code point without any cache. */
function classify(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return SURROGATE;
  if (cp === 0x2029) return BARRIER;
  if (cp === 0x2e || cp === 0x40 || cp === 0x3a) return LINKING;
  if (isIgnorable(cp)) return IGNORABLE;
  // Checked before letters: U+02BC MODIFIER LETTER APOSTROPHE is a letter to Unicode.
  if (APOSTROPHES.has(cp)) return APOSTROPHE;
  const common = commonClass(cp);
  if (common !== UNKNOWN) return common;
  const ch = String.fromCodePoint(cp);
  if (cp === 0x2212 || DASH_RE.test(ch)) return DASH;
  if (SPACE_RE.test(ch)) return SPACE;
  if (WORD_RE.test(ch)) return WORD;
  return OTHER;
}

/** Lazily filled classes of the BMP, indexed by UTF-16 code unit. */
export const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) BMP_CLASS[c] = classify(c);
for (let c = 0xd800; c <= 0xdfff; c++) BMP_CLASS[c] = SURROGATE;

const astralClass = new Map<number, number>();

/** Class of a BMP code unit whose table entry is still {@link UNKNOWN}; fills the entry. */
export function fillClass(c: number): number {
  const cls = classify(c);
  BMP_CLASS[c] = cls;
  return cls;
}

/** Class of any code point (lone surrogates are {@link OTHER}). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    if (cp >= 0xd800 && cp <= 0xdfff) return OTHER;
    const cls = BMP_CLASS[cp] ?? UNKNOWN;
    return cls === UNKNOWN ? fillClass(cp) : cls;
  }
  let cls = astralClass.get(cp);
  if (cls === undefined) {
    cls = classify(cp);
    astralClass.set(cp, cls);
  }
  return cls;
}

/**
 * Reads the code point at `i`, combining a valid surrogate pair; a lone surrogate is returned
 * as is (and classifies as {@link OTHER}).
 */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
