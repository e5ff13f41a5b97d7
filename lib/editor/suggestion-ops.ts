/**
 * What the author does to suggestions, as pure functions over the list (the UI keeps the list).
 */
import { slugOf, unusedId } from '../dataset/slug';
import type { AliasLang, EntryKind } from '../dataset/types';
import type { DraftAlias, Suggestion } from './editor-types';
import { foldText, isAcronym } from './name-tokens';
import type { NameWords } from './name-words';
import { ENGLISH_WORDS, SPANISH_WORDS } from './name-words';

/**
 * A kebab-case id from a name ("Inés Carvajal" → "ines-carvajal"), made unique against `taken`
 * ("-2", "-3"…), which it then joins.
 */
export function kebabId(name: string, taken: Set<string>): string {
  const id = unusedId(slugOf(name.replace(/['’]/g, '')) || 'entry', taken);
  taken.add(id);
  return id;
}

/**
 * Merges suggestion `fromId` into `intoId`: forms combine (fullest first, no case/accent
 * duplicates) and mentions add up; `fromId` leaves the list. Unknown ids change nothing.
 */
export function mergeSuggestions(
  list: readonly Suggestion[],
  fromId: string,
  intoId: string,
): Suggestion[] {
  const from = list.find((s) => s.id === fromId);
  const into = list.find((s) => s.id === intoId);
  if (!from || !into || from === into) return [...list];
  const merged: Suggestion = {
    ...into,
    forms: combineForms(into.forms, from.forms),
    mentions: into.mentions + from.mentions,
  };
  return list.filter((s) => s !== from).map((s) => (s === into ? merged : s));
}

/** Renames a suggestion; the new name becomes its first form. The id stays. */
export function renameSuggestion(
  list: readonly Suggestion[],
  id: string,
  name: string,
): Suggestion[] {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) return [...list];
  return list.map((s) =>
    s.id === id ? { ...s, name: trimmed, forms: combineForms([trimmed], s.forms) } : s,
  );
}

/** Changes a suggestion's kind. */
export function changeKind(list: readonly Suggestion[], id: string, kind: EntryKind): Suggestion[] {
  return list.map((s) => (s.id === id ? { ...s, kind } : s));
}

/** Removes a suggestion from the list. */
export function dismissSuggestion(list: readonly Suggestion[], id: string): Suggestion[] {
  return list.filter((s) => s.id !== id);
}

/** Forms of both lists, without case/accent duplicates, fullest first (first seen wins a tie). */
export function combineForms(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const form of [...first, ...second]) {
    const key = foldText(form);
    if (!seen.has(key)) seen.set(key, form);
  }
  return [...seen.values()].sort(
    (a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length,
  );
}

/**
 * A suggestion's forms as dataset aliases. An acronym of up to four letters ("UN", "PRI")
 * matches case-sensitively, so that "un" in Spanish text is not it. A form gets a language
 * only when its own words belong to one ("Secretaría de Movilidad", "Ministry of Transport"):
 * a person's or a place's name is the same in both languages.
 */
export function aliasesFor(suggestion: Suggestion): DraftAlias[] {
  return suggestion.forms.map((text) => {
    const lang = formLanguage(text);
    return {
      text,
      ...(isAcronym(text) && text.length <= 4 ? { caseSensitive: true } : {}),
      ...(lang ? { lang } : {}),
    };
  });
}

function formLanguage(form: string): AliasLang | undefined {
  const words = foldText(form).split(/\s+/);
  const spanish = words.some((word) => isLanguageWord(SPANISH_WORDS, word));
  const english = words.some((word) => isLanguageWord(ENGLISH_WORDS, word));
  if (spanish === english) return undefined;
  return spanish ? 'es' : 'en';
}

function isLanguageWord(words: NameWords, word: string): boolean {
  return (
    words.connectors.has(word) ||
    words.organizationWords.has(word) ||
    words.eventWords.has(word) ||
    words.placeWords.has(word)
  );
}
