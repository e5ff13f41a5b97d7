// Regular English number inflection of an alias's last word, so that `foreign terrorist
// organization` also finds `organizations` and `enemy combatants` also finds `combatant`.
// Deliberately conservative: only plain a–z words of three letters or more, only the regular
// -s / -es / -y→-ies patterns, and no singular for words ending in -ss, -us or -is.

const ES_AFTER = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y = /[^aeiou]y$/;

/** The other grammatical number(s) of a folded word; empty when none is derived. */
export function numberVariants(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  if (word.endsWith('ies') && word.length > 4) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('s')) {
    if (/(?:ss|us|is)$/.test(word)) return [];
    const stem = word.slice(0, -1);
    // `taxes` → `tax`; `cases` → `case` (and the harmless `cas`).
    return word.endsWith('es') && ES_AFTER.test(word.slice(0, -2))
      ? [word.slice(0, -2), stem]
      : [stem];
  }
  if (CONSONANT_Y.test(word)) return [`${word.slice(0, -1)}ies`];
  if (ES_AFTER.test(word)) return [`${word}es`];
  return [`${word}s`];
}
