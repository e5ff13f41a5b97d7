// The relevance gate the extension had before the relevance decision (lib/relevance): a fixed
// count of distinctive mentions. Kept here only to measure the decision against it.

import type { Relevance } from '../../lib/dataset/types';

/**
 * Mentions of distinctive entries a page needs before its common entries are shown: one name
 * said twice ("Claudia Sheinbaum … Sheinbaum") or two names. Measured (see the README): every
 * story page we have names distinctive entries at least twice, while the one page of the
 * shared corpus that names one does so once ("Marco Rubio", in a 2016 piece on another story).
 */
export const MIN_DISTINCTIVE_MENTIONS = 2;

/**
 * Decides which entries of a page may be shown, from `counts` (how many mentions of each entry
 * the page has, by entry id) and each entry's relevance. Distinctive entries are always shown:
 * naming one means the page touches the story. Common entries (the countries, Washington,
 * Congress, Trump) are shown only on pages that mention distinctive entries at least
 * `minDistinctive` ({@link MIN_DISTINCTIVE_MENTIONS} unless given; other values are for
 * measuring) times in all. Counts that are not positive numbers are ignored. The answer holds
 * for the given counts only: ask again when they change.
 */
export function shownEntries(
  counts: ReadonlyMap<string, number>,
  relevanceOf: (entryId: string) => Relevance,
  minDistinctive = MIN_DISTINCTIVE_MENTIONS,
): (entryId: string) => boolean {
  let distinctive = 0;
  for (const [entryId, count] of counts) {
    if (count > 0 && relevanceOf(entryId) === 'distinctive') distinctive += count;
  }
  const touchesStory = distinctive >= minDistinctive;
  return (entryId) => touchesStory || relevanceOf(entryId) === 'distinctive';
}
