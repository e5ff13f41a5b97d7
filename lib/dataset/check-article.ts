// Checks a dataset against the text of its source: the bundled dataset against its article in
// tests and tools (the article is not bundled), an imported dataset against the `source.text`
// it carries, when it is imported. Not part of `validateDataset`, which never sees the article.

import { foldText } from './fold-text';
import type { Alias, Dataset, DatasetError } from './types';
import { clip } from './wording';

/**
 * Returns an error for every evidence excerpt and every quotation of `dataset` that does not
 * appear word for word in `article`. A quotation must also stand inside quotation marks there.
 * `where` names the text in messages ("the article", "the source text").
 */
export function checkAgainstArticle(
  dataset: Dataset,
  article: string,
  where = 'the article',
): DatasetError[] {
  const errors: DatasetError[] = [];
  const quoted = quotedPassages(article);
  dataset.entries.forEach((entry, i) => {
    entry.facts.forEach((fact, j) => {
      if (!article.includes(fact.evidence)) {
        errors.push({
          path: `entries[${i}].facts[${j}].evidence`,
          message: notFound(fact.evidence, article, where),
        });
      }
    });
    entry.quotes.forEach((quote, k) => {
      const path = `entries[${i}].quotes[${k}].text`;
      if (!article.includes(quote.text))
        errors.push({ path, message: notFound(quote.text, article, where) });
      else if (!quoted.some((passage) => passage.includes(quote.text))) {
        const message = `This text is in ${where}, but not inside quotation marks, so it is not a quotation.`;
        errors.push({ path, message });
      }
    });
  });
  return errors;
}

// Curly, straight, and the angle quotes of Spanish, French and others («…», ‹…›).
const QUOTED = /“([^”]*)”|"([^"]*)"|«([^»]*)»|‹([^›]*)›/g;

function quotedPassages(article: string): string[] {
  return Array.from(
    article.matchAll(QUOTED),
    (match) => match[1] ?? match[2] ?? match[3] ?? match[4] ?? '',
  );
}

// Says where an excerpt stops matching, since the usual culprit is an invisible difference
// such as a straight apostrophe where the article has a curly one.
function notFound(excerpt: string, article: string, where: string): string {
  let low = 0;
  let high = excerpt.length;
  // Longest prefix of the excerpt that occurs in the article: a prefix of a match also matches.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (article.includes(excerpt.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return `Not found in ${where}: copy the excerpt from ${where} word for word.`;
  const at = article.indexOf(excerpt.slice(0, low));
  const expected = article.slice(at + low, at + low + 12);
  const found = excerpt.slice(low, low + 12);
  return (
    `Not found word for word in ${where}. It matches up to "${clip(excerpt.slice(0, low).slice(-30))}", ` +
    `where ${where} continues with "${expected}" but this has "${found}". ` +
    'Check apostrophes and quotation marks (’ “ ”), dashes and spaces.'
  );
}

/**
 * Counts the places where `alias` occurs in `text` as whole words, ignoring accents, and
 * letter case unless the alias is case-sensitive. Like the matcher, it also accepts a plural
 * `-s`/`-es` (case-insensitive aliases only) and a possessive `'s` after the alias. Meant for
 * tests and tools: it is simple rather than fast.
 */
export function countAliasMatches(text: string, alias: Alias): number {
  const caseSensitive = alias.caseSensitive === true;
  const haystack = foldText(text, caseSensitive);
  const needle = foldText(alias.text, caseSensitive);
  if (needle === '') return 0;
  const ending = caseSensitive ? /^(?:'s?)?/ : /^(?:e?s)?(?:'s?)?/;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const suffix = ending.exec(haystack.slice(end, end + 4))?.[0] ?? '';
    if (
      isWordEdge(haystack, at - 1, needle[0]) &&
      isWordEdge(haystack, end + suffix.length, needle.at(-1))
    ) {
      count++;
    }
  }
  return count;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// An alias that starts or ends with a letter must not continue a longer word there ("un" in
// "fun"); one that ends with punctuation, like "EE. UU.", needs no check on that side.
function isWordEdge(text: string, index: number, aliasEdge: string | undefined): boolean {
  if (aliasEdge === undefined || !WORD_CHAR.test(aliasEdge)) return true;
  const neighbour = text[index];
  return neighbour === undefined || !WORD_CHAR.test(neighbour);
}

/** Ids of the entries of `dataset` that `text` names at least once, by any alias. */
export function entriesNamedIn(dataset: Dataset, text: string): Set<string> {
  const named = new Set<string>();
  for (const entry of dataset.entries) {
    if (entry.aliases.some((alias) => countAliasMatches(text, alias) > 0)) named.add(entry.id);
  }
  return named;
}
