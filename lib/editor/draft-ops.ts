/**
 * The author's changes to a draft, as pure functions from one draft to the next: entries from
 * suggestions, field updates, two-way relations and removal. Pure logic: the editor stores
 * what these return.
 */
import { foldText } from '../dataset/fold-text';
import { slugOf, unusedId } from '../dataset/slug';
import type { EntryKind } from '../dataset/types';
import type { ArticleText, Draft, DraftAlias, DraftEntry, Suggestion } from './editor-types';
import { aliasesFor } from './suggestion-ops';

/** A new, empty draft for `article`. */
export function newDraft(id: string, article: ArticleText, now: number): Draft {
  return {
    id,
    article,
    title: article.title,
    sourceKind: 'news report',
    period: '',
    entries: [],
    settledSuggestions: [],
    suggestionEdits: {},
    updatedAt: now,
  };
}

// Entry ids become catalog ids (`<dataset>/<entry>`): keep them short.
const MAX_ENTRY_ID_LENGTH = 60;

/** An entry id made from `name` that no entry of `draft` has yet. */
function freshEntryId(draft: Draft, name: string): string {
  const taken = new Set(draft.entries.map((entry) => entry.id));
  return unusedId(slugOf(name, MAX_ENTRY_ID_LENGTH) || 'entry', taken);
}

/** Aliases for a list of forms: one per form, ignoring repeats that differ only in case/accents. */
function aliasesOf(forms: readonly string[]): DraftAlias[] {
  const seen = new Set<string>();
  return forms.flatMap((form) => {
    const text = form.trim();
    const key = foldText(text);
    if (!text || seen.has(key)) return [];
    seen.add(key);
    return [{ text }];
  });
}

/**
 * `aliases`, then `names` and `more` that are not among them yet (ignoring case and accents);
 * a name not among the aliases goes first.
 */
function withAliases(
  aliases: readonly DraftAlias[],
  names: readonly string[],
  more: readonly DraftAlias[] = [],
): DraftAlias[] {
  const seen = new Set(aliases.map((alias) => foldText(alias.text)));
  const fresh = (alias: DraftAlias) => {
    const key = foldText(alias.text);
    if (!alias.text.trim() || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const first = aliasesOf(names).filter(fresh);
  return [...first, ...aliases, ...more.filter(fresh)];
}

/** The suggestions still on offer, with the author's renames, kinds and merges applied. */
export function offeredSuggestions(suggestions: readonly Suggestion[], draft: Draft): Suggestion[] {
  const settled = new Set(draft.settledSuggestions);
  return suggestions
    .filter((suggestion) => !settled.has(suggestion.id))
    .map((suggestion) => {
      const edit = draft.suggestionEdits?.[suggestion.id];
      if (!edit) return suggestion;
      return {
        ...suggestion,
        name: edit.name ?? suggestion.name,
        kind: edit.kind ?? suggestion.kind,
        forms: [...suggestion.forms, ...(edit.forms ?? [])],
        mentions: suggestion.mentions + (edit.mentions ?? 0),
      };
    })
    .sort((a, b) => b.mentions - a.mentions);
}

/** Renames a suggestion or changes its kind before it is accepted. */
export function editSuggestion(
  draft: Draft,
  id: string,
  change: { name?: string; kind?: EntryKind },
): Draft {
  const edits = draft.suggestionEdits ?? {};
  return { ...draft, suggestionEdits: { ...edits, [id]: { ...edits[id], ...change } } };
}

/** Puts a suggestion aside for good. */
export function dismissSuggestion(draft: Draft, id: string): Draft {
  if (draft.settledSuggestions.includes(id)) return draft;
  return { ...draft, settledSuggestions: [...draft.settledSuggestions, id] };
}

/** Accepts an (offered) suggestion as a new entry: its name, kind and forms as aliases. */
export function acceptSuggestion(draft: Draft, suggestion: Suggestion): Draft {
  const name = suggestion.name.trim();
  const entry: DraftEntry = {
    id: freshEntryId(draft, name),
    kind: suggestion.kind,
    name,
    description: '',
    // The suggestion's forms as aliases (acronyms case-sensitive, a language where the words
    // have one), and the name first when the author renamed it.
    aliases: withAliases(aliasesFor(suggestion), [name]),
    facts: [],
    quotes: [],
    related: [],
    relevance: 'distinctive',
  };
  return dismissSuggestion({ ...draft, entries: [...draft.entries, entry] }, suggestion.id);
}

/**
 * Merges an (offered) suggestion into another: into an entry (`into` is an entry id) its forms
 * become aliases; into a suggestion not yet accepted, its forms and mentions join that one's.
 */
export function mergeSuggestion(draft: Draft, from: Suggestion, into: string): Draft {
  const target = draft.entries.find((entry) => entry.id === into);
  if (target) {
    const aliases = withAliases(target.aliases, [], aliasesFor(from));
    return dismissSuggestion(updateEntry(draft, into, { aliases }), from.id);
  }
  const edits = draft.suggestionEdits ?? {};
  const edit = edits[into] ?? {};
  const joined = {
    ...edit,
    forms: [...(edit.forms ?? []), ...from.forms],
    mentions: (edit.mentions ?? 0) + from.mentions,
  };
  return dismissSuggestion({ ...draft, suggestionEdits: { ...edits, [into]: joined } }, from.id);
}

/** A blank entry the author names themselves. */
export function addBlankEntry(draft: Draft, name: string, kind: EntryKind = 'person'): Draft {
  const entry: DraftEntry = {
    id: freshEntryId(draft, name),
    kind,
    name,
    description: '',
    aliases: aliasesOf([name]),
    facts: [],
    quotes: [],
    related: [],
    relevance: 'distinctive',
  };
  return { ...draft, entries: [...draft.entries, entry] };
}

/** The editable fields of an entry (its id and relations have their own operations). */
export type EntryPatch = Partial<Omit<DraftEntry, 'id' | 'related'>>;

/** Changes fields of one entry. */
export function updateEntry(draft: Draft, id: string, patch: EntryPatch): Draft {
  return {
    ...draft,
    entries: draft.entries.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)),
  };
}

/** Relates two entries, both ways. */
export function relate(draft: Draft, a: string, b: string): Draft {
  if (a === b || !hasEntry(draft, a) || !hasEntry(draft, b)) return draft;
  const add = (entry: DraftEntry, other: string) =>
    entry.related.includes(other) ? entry : { ...entry, related: [...entry.related, other] };
  return {
    ...draft,
    entries: draft.entries.map((entry) =>
      entry.id === a ? add(entry, b) : entry.id === b ? add(entry, a) : entry,
    ),
  };
}

/** Unrelates two entries, both ways. */
export function unrelate(draft: Draft, a: string, b: string): Draft {
  const drop = (entry: DraftEntry, other: string) => ({
    ...entry,
    related: entry.related.filter((id) => id !== other),
  });
  return {
    ...draft,
    entries: draft.entries.map((entry) =>
      entry.id === a ? drop(entry, b) : entry.id === b ? drop(entry, a) : entry,
    ),
  };
}

/**
 * Removes an entry, and every relation to it; quotations it was the speaker of stay, without a
 * speaker, so the author chooses another rather than losing the quotation.
 */
export function removeEntry(draft: Draft, id: string): Draft {
  return {
    ...draft,
    entries: draft.entries
      .filter((entry) => entry.id !== id)
      .map((entry) => ({
        ...entry,
        related: entry.related.filter((other) => other !== id),
        quotes: entry.quotes.map((quote) =>
          quote.speaker === id ? { ...quote, speaker: '' } : quote,
        ),
      })),
  };
}

function hasEntry(draft: Draft, id: string): boolean {
  return draft.entries.some((entry) => entry.id === id);
}
