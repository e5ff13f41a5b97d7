// A stop phrase exists to keep one of its entry's aliases from being highlighted inside a
// longer phrase that names something else ("Washington" in "Washington Post"). So it must
// contain one of them, and it must not be an alias itself, which it would silence everywhere.

import { foldText } from './fold-text';
import type { DatasetError, Entry } from './types';
import { clip } from './wording';

/** The folded words of `text`, as the matcher splits them (punctuation separates words). */
function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Whether the words `needle` occur in a row in `haystack`; the last one may carry a plural
 * ending there (`Washington National` is in `Washington Nationals`).
 */
function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  const last = needle.length - 1;
  for (let at = 0; at + last < haystack.length; at++) {
    const fits = needle.every((word, k) => {
      const found = haystack[at + k] ?? '';
      return found === word || (k === last && (found === `${word}s` || found === `${word}es`));
    });
    if (fits) return true;
  }
  return false;
}

/**
 * Adds to `errors` every stop phrase listed twice in one entry, every stop phrase that is also
 * an alias (of any entry), and every one that contains none of its own entry's aliases.
 */
export function checkStopPhrases(entries: readonly Entry[], errors: DatasetError[]): void {
  const aliasOwners = new Map<string, string>();
  entries.forEach((entry) => {
    entry.aliases.forEach((alias, k) => {
      const key = foldText(alias.text);
      if (!aliasOwners.has(key)) aliasOwners.set(key, `"${entry.id}" (aliases[${k}])`);
    });
  });
  entries.forEach((entry, i) => {
    const phrases = entry.stopPhrases ?? [];
    const aliasWords = entry.aliases.map((alias) => wordsOf(alias.text));
    phrases.forEach((phrase, j) => {
      const path = `entries[${i}].stopPhrases[${j}].text`;
      const earlier = phrases.findIndex((other) => other.text === phrase.text);
      const owner = aliasOwners.get(foldText(phrase.text));
      const words = wordsOf(phrase.text);
      let message: string | null = null;
      if (earlier < j) {
        message = `This stop phrase is already listed in this entry, as stopPhrases[${earlier}].`;
      } else if (owner) {
        message = `This is also an alias of ${owner}: as a stop phrase it would keep that alias from ever being highlighted. Remove one of the two.`;
      } else if (!aliasWords.some((alias) => containsWords(words, alias))) {
        const example = clip(entry.aliases[0]?.text ?? '');
        message = `A stop phrase keeps one of this entry's aliases (such as "${example}") from being highlighted inside a longer phrase that names something else, so it must contain one of them; this one contains none.`;
      }
      if (message) errors.push({ path, message });
    });
  });
}
