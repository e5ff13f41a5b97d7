import type { Dataset } from '../dataset/types';
import type { MatcherTerm } from '../matcher/types';

// Names of people and places have no plural worth finding: "Pacíficos" are peaceful people.
const UNINFLECTED_KINDS = new Set(['person', 'place']);

/**
 * Every alias of every entry, as matcher terms. An alias finds the plurals of its language; one
 * without a language is a word both languages share ("cartel") and finds the plurals of both.
 */
export function matcherTerms(dataset: Dataset): MatcherTerm[] {
  return dataset.entries.flatMap((entry) =>
    entry.aliases.flatMap((alias): MatcherTerm[] => {
      const term = {
        entryId: entry.id,
        alias: alias.text,
        caseSensitive: alias.caseSensitive === true,
        priority: entry.priority ?? 0,
      };
      if (UNINFLECTED_KINDS.has(entry.kind)) return [{ ...term, inflect: 'none' }];
      if (alias.lang) return [{ ...term, inflect: alias.lang }];
      return [
        { ...term, inflect: 'en' },
        { ...term, inflect: 'es' },
      ];
    }),
  );
}

/** A lookup from entry id to its kind; unknown ids get the kind "concept". */
export function kindLookup(dataset: Dataset): (entryId: string) => string {
  const kinds = new Map(dataset.entries.map((entry) => [entry.id, entry.kind as string]));
  return (entryId) => kinds.get(entryId) ?? 'concept';
}
