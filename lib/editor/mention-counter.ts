/**
 * Counts the mentions of many names at once: at each word of the text the longest name that
 * starts there wins and the count moves past it, so "Inés Carvajal" counts once for Inés
 * Carvajal and not again for "Carvajal". Names match folded (case and accents aside), but the
 * text's word must be capitalised where the name is, and an acronym must match exactly ("US"
 * is not "us").
 */
import type { NameToken } from './name-tokens';
import { foldText, isAcronym, isCapitalised } from './name-tokens';

/** One name to count: its printed forms, and the key its mentions are counted under. */
export interface CountedName {
  readonly key: string;
  readonly forms: readonly string[];
}

/** A mention found: which name, and where (offsets into the text the tokens came from). */
export interface FoundMention {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

interface Form {
  key: string;
  words: string[];
  folded: string[];
}

/** Every mention of `names` in the tokens of one text, in order, never overlapping. */
export function findMentions(
  tokens: readonly NameToken[],
  names: readonly CountedName[],
): FoundMention[] {
  const byFirstWord = new Map<string, Form[]>();
  for (const { key, forms } of names) {
    for (const form of forms) {
      const words = form.split(/\s+/);
      const entry: Form = { key, words, folded: words.map(foldText) };
      const list = byFirstWord.get(entry.folded[0]!) ?? [];
      list.push(entry);
      byFirstWord.set(entry.folded[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const found: FoundMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = byFirstWord.get(tokens[i]!.folded)?.find((form) => matches(tokens, i, form));
    if (match) {
      found.push({
        key: match.key,
        start: tokens[i]!.start,
        end: tokens[i + match.words.length - 1]!.end,
      });
      i += match.words.length;
    } else {
      i += 1;
    }
  }
  return found;
}

function matches(tokens: readonly NameToken[], at: number, form: Form): boolean {
  return form.words.every((word, k) => {
    const token = tokens[at + k];
    if (!token || token.folded !== form.folded[k]) return false;
    // Words of a name follow each other with spaces only ("Carvajal, Inés" is not a mention).
    if (k > 0 && !/^\s+$/.test(token.gap)) return false;
    if (isAcronym(word)) return token.base === word;
    return !isCapitalised(word) || isCapitalised(token.base);
  });
}
