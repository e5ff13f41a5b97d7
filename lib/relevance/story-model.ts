// The relevance model of the catalog's stories: the bundled story's weights are derived from
// data (bench/derive-weights.ts writes them); an imported story has no pages to learn from, so
// its entries weigh what their `relevance` says.

import derived from '../../assets/relevance-weights.json';
import type { Relevance } from '../dataset/types';
import type { RelevanceModel } from './decide-relevance';

/** Weights derived for one story: a score a part needs, and a weight per entry id. */
export interface DerivedWeights {
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The weights committed for the bundled story. */
export const BUNDLED_WEIGHTS: DerivedWeights = derived;

/**
 * Weights of an imported story's entries, as fractions of the threshold: one distinctive entry
 * is enough, as it always was; four everyday ones named together are too (the countries, the
 * capital and the president of a story are named together on pages about other things too, so
 * fewer would light those).
 */
export const IMPORTED_WEIGHT: Readonly<Record<Relevance, number>> = {
  distinctive: 1,
  common: 0.25,
};

/** What the model reads of the catalog. */
export interface StoryLookup {
  relevanceOf(entryId: string): Relevance;
  storyOf(entryId: string): string;
}

/**
 * The model for a catalog: entries of `bundledStory` weigh what `weights` says (entries it does
 * not know, by their relevance), the others by their relevance.
 */
export function storyModel(
  catalog: StoryLookup,
  bundledStory: string,
  weights: DerivedWeights = BUNDLED_WEIGHTS,
): RelevanceModel {
  const threshold = weights.threshold;
  return {
    threshold,
    storyOf: (entryId) => catalog.storyOf(entryId),
    // Distinctive entries always showed themselves, and still do: naming one names the story.
    showsAlone: (entryId) => catalog.relevanceOf(entryId) === 'distinctive',
    weightOf: (entryId) => {
      const derivedWeight = weights.weights[entryId];
      if (catalog.storyOf(entryId) === bundledStory && derivedWeight !== undefined) {
        return derivedWeight;
      }
      return IMPORTED_WEIGHT[catalog.relevanceOf(entryId)] * threshold;
    },
  };
}
