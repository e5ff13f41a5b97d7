// The text of assets/relevance-weights.json for a set of pages: shared by the script that
// writes it and the test that checks it is up to date.

import type { Dataset } from '../../lib/dataset/types';
import { deriveWeights } from './derive-weights';
import type { PageSets } from './story-pages';
import { trainingDocuments } from './training-documents';

/** The file's text, and how far apart the two sides of the pages score (in thresholds). */
export function weightsFile(sets: PageSets, dataset: Dataset): { text: string; margin: number } {
  const { about, other } = trainingDocuments(sets);
  const ids = dataset.entries.map((entry) => entry.id);
  const { threshold, weights, margin } = deriveWeights(ids, about, other);
  const file = {
    derivedBy: 'bench/derive-weights.ts',
    documents: { about: about.length, other: other.length },
    threshold,
    weights,
  };
  return { text: `${JSON.stringify(file, null, 2)}\n`, margin };
}
