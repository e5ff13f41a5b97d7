// Counts of what a page highlights, and what the former gate (count-gate.ts) let it show.

import type { Relevance } from '../../lib/dataset/types';
import type { Mention } from '../../lib/matcher/types';
import { shownEntries } from './count-gate';

/** Mentions per entry id. */
export function countByEntry(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { entryId } of mentions) counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
  return counts;
}

/** The mentions of `found` that the relevance gate lets the page show. */
export function gated(
  found: readonly Mention[],
  relevanceOf: (entryId: string) => Relevance,
  minDistinctive?: number,
): Mention[] {
  const isShown = shownEntries(countByEntry(found), relevanceOf, minDistinctive);
  return found.filter((mention) => isShown(mention.entryId));
}

/** The mentions of `before` that no mention of `after` overlaps: text no longer highlighted. */
export function lostMentions(before: readonly Mention[], after: readonly Mention[]): Mention[] {
  return before.filter((old) => !after.some((m) => m.start < old.end && old.start < m.end));
}
