/**
 * Folds text the way aliases are compared: letter case (unless `caseSensitive`) and accents
 * are ignored, typographic apostrophes count as plain ones, and hyphens, dashes and runs of
 * white space all count as one space, as they do for the matcher. "López  Obrador" and
 * "lopez obrador" fold to the same text, and so do "drug-smuggling" and "drug smuggling".
 */
export function foldText(input: string, caseSensitive = false): string {
  const cased = caseSensitive ? input : input.toLowerCase();
  return cased
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[-\u2010-\u2015\s]+/g, ' ')
    .trim();
}
