import type { Alias, Dataset, Entry } from '../dataset/types';
import type { MatcherTerm } from '../matcher/types';

// Names of people and places have no plural worth finding: "Pacíficos" are peaceful people.
const UNINFLECTED_KINDS = new Set(['person', 'place']);

/**
 * Every alias and every stop phrase of every entry, as matcher terms. An alias finds the
 * plurals of its language; one without a language is a word both languages share ("cartel") and
 * finds the plurals of both. Stop phrases are not names, so they always inflect by language
 * ("trump card" also claims "trump cards"); the matcher never reports them.
 */
export function matcherTerms(dataset: Dataset): MatcherTerm[] {
  return dataset.entries.flatMap((entry) => [
    ...entry.aliases.flatMap((alias) => termsOf(entry, alias, UNINFLECTED_KINDS.has(entry.kind))),
    ...(entry.stopPhrases ?? []).flatMap((phrase) =>
      termsOf(entry, phrase, false).map((term) => ({ ...term, stop: true })),
    ),
  ]);
}

// The terms of one alias (or stop phrase) of `entry`: one per way it inflects.
function termsOf(entry: Entry, alias: Alias, asWritten: boolean): MatcherTerm[] {
  const term = {
    entryId: entry.id,
    alias: alias.text,
    caseSensitive: alias.caseSensitive === true,
    priority: entry.priority ?? 0,
    ...(alias.context ? { context: alias.context } : {}),
  };
  if (asWritten) return [{ ...term, inflect: 'none' }];
  if (alias.lang) return [{ ...term, inflect: alias.lang }];
  return [
    { ...term, inflect: 'en' },
    { ...term, inflect: 'es' },
  ];
}
