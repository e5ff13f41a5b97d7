import type { CatalogEntry } from '../catalog/catalog';
import { foldText } from '../dataset/fold-text';
import type { EntryKind } from '../dataset/types';

/**
 * The entries that match a search: every word of `query` must appear, ignoring case and
 * accents, in the entry's name, one of its aliases or its description; `kind` (unless null)
 * keeps one kind. Entries whose name or an alias matches come first, then in catalog order.
 */
export function searchEntries(
  entries: readonly CatalogEntry[],
  query: string,
  kind: EntryKind | null,
): CatalogEntry[] {
  const words = foldText(query).split(' ').filter(Boolean);
  const ofKind = kind ? entries.filter((entry) => entry.kind === kind) : [...entries];
  if (words.length === 0) return ofKind;
  const named: CatalogEntry[] = [];
  const described: CatalogEntry[] = [];
  for (const entry of ofKind) {
    const names = foldText([entry.name, ...entry.aliases.map((alias) => alias.text)].join(' | '));
    const all = `${names} | ${foldText(entry.description)}`;
    if (!words.every((word) => all.includes(word))) continue;
    (words.every((word) => names.includes(word)) ? named : described).push(entry);
  }
  return [...named, ...described];
}
