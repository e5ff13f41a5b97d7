// Derives the relevance weights of a story's entries from pages about it and pages that are
// not: how much more often a page about the story names an entry than a page about something
// else does. Pure.

import type { DerivedWeights } from '../../lib/relevance/story-model';

/** Smoothing added to every count: an entry never seen on one side is not infinitely telling. */
export const SMOOTHING = 0.5;

/**
 * The weights for `entryIds` from the distinct entries named by documents about the story
 * (`about`) and by documents about other things (`other`). An entry's weight is the log of how
 * much likelier a document about the story is to name it (add-{@link SMOOTHING} estimates),
 * never below 0; an entry no document about the story names weighs 0. The threshold is halfway
 * between the highest score of a document about other things and the lowest of one about the
 * story when they are apart, and just above the highest other score when they are not (a page
 * not about the story must stay dark first). Weights are given as fractions of the threshold,
 * rounded to 3 decimals, so the threshold is 1.
 */
export function deriveWeights(
  entryIds: readonly string[],
  about: readonly ReadonlySet<string>[],
  other: readonly ReadonlySet<string>[],
): DerivedWeights & { margin: number } {
  const share = (docs: readonly ReadonlySet<string>[], id: string) =>
    (docs.filter((doc) => doc.has(id)).length + SMOOTHING) / (docs.length + 2 * SMOOTHING);
  const raw = new Map<string, number>();
  for (const id of entryIds) {
    const named = about.some((doc) => doc.has(id));
    raw.set(id, named ? Math.max(0, Math.log(share(about, id) / share(other, id))) : 0);
  }
  const score = (doc: ReadonlySet<string>) =>
    [...doc].reduce((sum, id) => sum + (raw.get(id) ?? 0), 0);
  const highestOther = Math.max(0, ...other.map(score));
  const lowestAbout = Math.min(...about.map(score));
  const threshold =
    lowestAbout > highestOther ? (highestOther + lowestAbout) / 2 : highestOther * 1.05 + 0.01;
  const weights: Record<string, number> = {};
  for (const id of [...entryIds].sort()) {
    weights[id] = Math.round((1000 * (raw.get(id) ?? 0)) / threshold) / 1000;
  }
  return { threshold: 1, weights, margin: (lowestAbout - highestOther) / threshold };
}
