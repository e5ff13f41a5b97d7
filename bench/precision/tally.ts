// What one page highlights before and after the precision work, as pure counts.

import type { Relevance } from '../../lib/dataset/types';
import type { Matcher, Mention } from '../../lib/matcher/types';
import { shownEntries } from './count-gate';

/** The mentions of one page's text under both dictionaries, before any gate. */
export interface PageTally {
  /** What the base dictionary highlights (no stop phrases, no gate). */
  before: Mention[];
  /** What the current dictionary finds, stop phrases included, before the gate. */
  found: Mention[];
}

/** Matches `text` with both matchers. */
export function tallyPage(text: string, before: Matcher, after: Matcher): PageTally {
  return { before: before.find(text), found: after.find(text) };
}

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
