/**
 * What the popup shows, from the page's answer and the catalog: pure logic, so the component
 * and its tests share it.
 */
import type { Catalog } from '../catalog/catalog';
import type { EntryKind } from '../dataset/types';
import type { PageState } from '../messages';

/** One entry of the page, as a row of the popup. */
export interface PopupEntry {
  id: string;
  name: string;
  description: string;
  count: number;
}

/** The entries of one kind, most mentioned first. */
export interface PopupGroup {
  kind: EntryKind;
  count: number;
  entries: PopupEntry[];
}

/** Why the popup has no page to act on. */
export type Unavailable =
  /** Our content script does not run on this URL's scheme (browser pages, file://, PDF viewer…). */
  | 'scheme'
  /** An http(s) page that did not answer: a store, a page still loading, or blocked access. */
  | 'no-answer'
  /** We could not even learn the tab's URL. */
  | 'unknown';

/** Why the page is lit, or not, for one story: the names of the story's entries it names. */
export interface StoryExplanation {
  about: boolean;
  /** The first few names, those that weigh most first. */
  names: string[];
  /** How many of the story's entries the page names. */
  count: number;
}

/** What the popup renders. */
export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unavailable'; why: Unavailable }
  | { kind: 'page'; state: PageState; groups: PopupGroup[]; why?: StoryExplanation[] };

// Past this many, the names are cut short ("…"): the count says how many there are.
const NAMES_SHOWN = 5;

/** Why the page counts as about each story it names, or not, in the entries' names. */
export function explainStories(state: PageState, catalog: Catalog): StoryExplanation[] {
  return (state.stories ?? []).map(({ about, entryIds }) => {
    const names = entryIds.flatMap((id) => catalog.get(id)?.name ?? []);
    return { about, names: names.slice(0, NAMES_SHOWN), count: names.length };
  });
}

/** Entries of the page grouped by kind; groups and entries most mentioned first. */
export function groupEntries(state: PageState, catalog: Catalog): PopupGroup[] {
  const groups = new Map<EntryKind, PopupGroup>();
  for (const { entryId, count } of state.mentions.entries) {
    const entry = catalog.get(entryId);
    if (!entry) continue;
    let group = groups.get(entry.kind);
    if (!group) groups.set(entry.kind, (group = { kind: entry.kind, count: 0, entries: [] }));
    group.count += count;
    group.entries.push({ id: entryId, name: entry.name, description: entry.description, count });
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  for (const group of groups.values()) group.entries.sort(byCount);
  return [...groups.values()].sort(byCount);
}

/**
 * Why a tab without an answer cannot run Context Cards, from its URL when we have it (without
 * the `tabs` permission only our own pages and pages we may script give it).
 */
export function unavailableReason(url: string | undefined): Unavailable {
  if (!url) return 'unknown';
  return /^https?:/i.test(url) ? 'no-answer' : 'scheme';
}

/** The tab the popup acts for: `?tab=<id>` of its own URL, or null for the active tab. */
export function tabFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}
