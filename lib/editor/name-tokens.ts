/**
 * Words of an article with their offsets, for finding names: each knows whether it starts a
 * sentence and whether it is capitalised, and carries a folded form (lower case, no accents)
 * for comparing "Inés" with "Ines" and "CARVAJAL" with "Carvajal".
 */

/** One word of the text. */
export interface NameToken {
  /** The word as printed, possessive included ("Carvajal’s"). */
  readonly text: string;
  /** The word without a possessive ending ("Carvajal"). */
  readonly base: string;
  /** `base` folded: lower case, without diacritics. */
  readonly folded: string;
  /** Offsets of `base` in the text. */
  readonly start: number;
  readonly end: number;
  /** First word of a paragraph, or after sentence punctuation or an opening quotation mark. */
  readonly sentenceStart: boolean;
  /** The text between the previous word and this one. */
  readonly gap: string;
}

// Words with inner hyphens and apostrophes ("López-Obrador", "O’Neill") are one word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const SENTENCE_BREAK = /[.!?;:"“”«»¿¡()\n]/;
const POSSESSIVE = /['’]s$/i;

/** Lower case without diacritics (per word, so offsets never shift). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of `text`. */
export function nameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const base = POSSESSIVE.test(word) && word.length > 3 ? word.slice(0, -2) : word;
    tokens.push({
      text: word,
      base,
      folded: foldText(base),
      start,
      end: start + base.length,
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gap),
      gap,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}

/** True when the word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True for an acronym: two to six letters, all capitals ("UN", "FIFA", "PRI"). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}
