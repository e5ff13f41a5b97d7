/**
 * Groups the occurrences of names into suggestions: the same name in other cases or without
 * its accents is one name ("Ines Carvajal", "INÉS CARVAJAL"), and a shorter form of a person's
 * name folds into the fuller one when it fits exactly one person: its last words ("Carvajal",
 * "López Obrador") or, from two words up, its first ones ("Andrés Manuel López").
 */
import type { EntryKind } from '../dataset/types';
import type { NameCandidate } from './name-candidates';

/** Names that refer to one thing, with the evidence of their kind. */
export interface NameGroup {
  /** The folded key of its fullest form. */
  readonly key: string;
  /** Its forms, fullest first, each as most often printed. */
  readonly forms: readonly string[];
  readonly kind: EntryKind;
}

interface Building {
  key: string;
  words: string[];
  /** Folded key → printed variant → occurrences. */
  printed: Map<string, Map<string, number>>;
  hints: Map<EntryKind, number>;
  personEvidence: boolean;
  into: Building | null;
}

/**
 * The groups of `candidates`. `guessPeople` makes a name of two or three words with no other
 * hint a person (for Spanish, which has no tagger; in English an untagged phrase is a concept).
 */
export function groupNames(
  candidates: readonly NameCandidate[],
  guessPeople: boolean,
): NameGroup[] {
  const byKey = new Map<string, Building>();
  for (const candidate of candidates) {
    const words = candidate.words.map((word) => word.folded);
    const key = words.join(' ');
    let group = byKey.get(key);
    if (!group) {
      group = {
        key,
        words,
        printed: new Map(),
        hints: new Map(),
        personEvidence: false,
        into: null,
      };
      byKey.set(key, group);
    }
    const variants = group.printed.get(key) ?? new Map<string, number>();
    variants.set(candidate.text, (variants.get(candidate.text) ?? 0) + 1);
    group.printed.set(key, variants);
    if (candidate.hint) group.hints.set(candidate.hint, (group.hints.get(candidate.hint) ?? 0) + 1);
    group.personEvidence ||= candidate.personEvidence;
  }
  const groups = [...byKey.values()].sort((a, b) => b.words.length - a.words.length);
  const kinds = new Map(groups.map((group) => [group, guessKind(group, guessPeople)]));
  for (const short of groups) {
    const people = groups.filter(
      (long) =>
        long !== short &&
        long.into === null &&
        kinds.get(long) === 'person' &&
        long.words.length > short.words.length &&
        isPartOfName(short.words, long.words),
    );
    const person = people[0];
    const kind = kinds.get(short);
    if (
      people.length !== 1 ||
      !person ||
      (kind !== 'person' && kind !== 'concept' && kind !== 'place')
    )
      continue;
    short.into = person;
    for (const [key, variants] of short.printed) person.printed.set(key, variants);
  }
  return groups
    .filter((group) => group.into === null)
    .map((group) => ({
      key: group.key,
      forms: [...group.printed.entries()]
        .sort(([a], [b]) => b.split(' ').length - a.split(' ').length || b.length - a.length)
        .map(([, variants]) => mostFrequent(variants)),
      kind: kinds.get(group)!,
    }));
}

function isPartOfName(short: string[], long: string[]): boolean {
  const suffix = short.every((word, i) => word === long[long.length - short.length + i]);
  const prefix = short.length >= 2 && short.every((word, i) => word === long[i]);
  return suffix || prefix;
}

function guessKind(group: Building, guessPeople: boolean): EntryKind {
  const hinted = [...group.hints.entries()].sort((a, b) => b[1] - a[1]);
  const strong = hinted.find(([kind]) => kind === 'event' || kind === 'organization');
  if (strong && hinted[0]![0] !== 'person') return hinted[0]![0];
  if (group.personEvidence) return 'person';
  if (hinted[0]) return hinted[0][0];
  if (guessPeople && group.words.length >= 2 && group.words.length <= 4) return 'person';
  return 'concept';
}

function mostFrequent(variants: Map<string, number>): string {
  return [...variants.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
