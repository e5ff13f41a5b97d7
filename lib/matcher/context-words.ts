// Some abbreviations mean one thing in one language and another in the other: "EU" is the
// European Union in English, and the United States in Mexican Spanish ("el gobierno de EU",
// "EU y México"). An alias with a `context` language counts only where a word right next to it
// is one of that language's small words, which the other language does not use.

import { IGNORABLE, WORD, classOf } from './chars';

/**
 * Small words of each language that the other one does not write: prepositions, conjunctions
 * and articles. English "a", "an", "the" and Spanish "a", "o" are left out: they are words of
 * both, or stand next to the other language's acronyms ("a EU directive").
 */
const SMALL_WORDS: Readonly<Record<'en' | 'es', ReadonlySet<string>>> = {
  es: new Set(
    'de del en con y e entre contra para por desde hacia que al ni u sin sobre tras ante según los el como hasta'.split(
      ' ',
    ),
  ),
  en: new Set(
    'of in with and between against for from towards that to nor without on after'.split(' '),
  ),
};

/** How far the search for the neighbouring word reaches on each side, in code units. */
const REACH = 24;

/** The lower-case word nearest to `from` in direction `step` on the same line, or ''. */
function neighbourWord(text: string, from: number, step: 1 | -1): string {
  let word = '';
  for (let i = from, n = 0; i >= 0 && i < text.length && n < REACH; i += step, n++) {
    const c = text.charCodeAt(i);
    const cls = c >= 0xd800 && c <= 0xdfff ? 0 : classOf(c);
    if (cls === WORD) {
      word = step === 1 ? word + text[i] : text[i] + word;
      continue;
    }
    if (cls === IGNORABLE) continue;
    if (word !== '') break;
    // Only spaces, hyphens and dashes stand between a word and its neighbour.
    if (!/[\s\-‐-―]/.test(text[i] ?? '') || c === 0x2029 || c === 0x0a) return '';
  }
  return word.toLowerCase();
}

/** Whether the mention `text[start..end)` has a small word of `lang` right before or after it. */
export function standsAmong(text: string, start: number, end: number, lang: 'en' | 'es'): boolean {
  const words = SMALL_WORDS[lang];
  return words.has(neighbourWord(text, start - 1, -1)) || words.has(neighbourWord(text, end, 1));
}
