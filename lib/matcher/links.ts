// Hostnames, e-mail addresses and URLs are single opaque tokens: no alias matches inside
// `cartels-r-us.com` or `news.example.org/mexico`, while `U.S.` or `EE.UU.` stay ordinary
// abbreviations whose letters are separate words.

import { WORD, classOf, codePointAt } from './chars';

/** True for the ASCII lowercase letters a–z. */
function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Whether the `.`, `@` or `:` at `i`, which directly follows a word, makes its whitespace-free
 * chunk a link: `.` followed by two or more lowercase ASCII letters ending the word (a domain
 * suffix, as in `us.com` but not `U.S`, `EE.UU`, `e.g` or `3.14`), `@` followed by a word
 * (an address), or `:` followed by `//` (a URL).
 */
export function startsLink(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3a) return text.startsWith('//', i + 1);
  if (i + 1 >= text.length) return false;
  if (c === 0x40) return classOf(codePointAt(text, i + 1)) === WORD;
  let j = i + 1;
  while (j < text.length && isLowerAscii(text.charCodeAt(j))) j++;
  if (j - i - 1 < 2) return false;
  return j === text.length || classOf(codePointAt(text, j)) !== WORD;
}

/** Offset of the first word character in `[from, to)`, or `to` when there is none. */
export function firstWordChar(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (classOf(codePointAt(text, i)) === WORD) return i;
  return to;
}

/** Offset just past the last word character in `[from, to)`, or `from` when there is none. */
export function lastWordEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    // A low surrogate may close an astral letter: classify the whole pair.
    const at = c >= 0xdc00 && c <= 0xdfff && i > from && codePointAt(text, i - 1) > 0xffff;
    if (classOf(codePointAt(text, at ? i - 1 : i)) === WORD) return i + 1;
    if (at) i--;
  }
  return from;
}
