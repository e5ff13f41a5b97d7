// String forms of short spans, computed only off the hot path: the punctuation between two
// words, a whole link token, and the case-preserving form used by case-sensitive aliases.

import { APOSTROPHE, DASH, IGNORABLE, SPACE, WORD, classOf, codePointAt } from './chars';
import { casedText, foldedText } from './fold';

/**
 * The punctuation between two words, with typographic variants unified (every apostrophe and
 * quote-like mark becomes `'`) and with whitespace, dashes and invisible characters dropped:
 * `''` for `Mexico City`, `Mexico\nCity` and `non-international`, `'.'` for `EE. UU` and `EE.UU`.
 */
export function gapKey(text: string, from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) {
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    const cls = classOf(cp);
    if (cls === SPACE || cls === DASH || cls === IGNORABLE) continue;
    key += cls === APOSTROPHE ? "'" : foldedText(cp);
  }
  return key;
}

/**
 * Normalized form of one token: invisible characters dropped, every apostrophe and quote-like
 * mark written `'` and every dash `-`. With `folded` letters it is the word a link token is
 * looked up as (`Cartels-R-Us.com` gives `cartels-r-us.com`); with `cased` letters only their
 * diacritics go and their case stays, the form case-sensitive aliases are compared in.
 */
export function tokenKey(
  text: string,
  from: number,
  to: number,
  letters: 'folded' | 'cased',
): string {
  const cased = letters === 'cased';
  let key = '';
  for (let i = from; i < to; i++) {
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    const cls = classOf(cp);
    if (cls === IGNORABLE) continue;
    if (cls === APOSTROPHE) key += "'";
    else if (cls === DASH) key += '-';
    else if (!cased) key += foldedText(cp);
    else key += cls === WORD ? casedText(cp) : String.fromCodePoint(cp);
  }
  return key;
}
