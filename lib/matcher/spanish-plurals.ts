// The Spanish plural of a folded alias. In Spanish the noun and the adjectives that follow it
// all change (`organización terrorista extranjera` → `organizaciones terroristas extranjeras`),
// up to a preposition that starts a complement, which keeps its number (`cártel de la droga`
// → `cárteles de la droga`). Words are folded, so accents need no care (`organizacion` +
// `es`). Deliberately conservative: only plain a–z words of three letters or more change.

const PREPOSITIONS = new Set([
  'de',
  'del',
  'contra',
  'en',
  'para',
  'por',
  'sin',
  'con',
  'sobre',
  'a',
  'al',
]);
const VOWEL_END = /[aeiou]$/;

/** The plural of a folded Spanish alias's words, or null when none is derived. */
export function spanishPlural(words: readonly string[]): string[] | null {
  const plural = words.slice();
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (PREPOSITIONS.has(word)) break;
    const inflected = pluralOf(word);
    if (inflected === null) continue;
    plural[i] = inflected;
    changed = true;
  }
  return changed ? plural : null;
}

function pluralOf(word: string): string | null {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return null;
  // Words ending in -s or -x are already plural or do not change (`crisis`, `tórax`).
  if (word.endsWith('s') || word.endsWith('x')) return null;
  if (VOWEL_END.test(word)) return `${word}s`;
  if (word.endsWith('z')) return `${word.slice(0, -1)}ces`;
  return `${word}es`;
}
