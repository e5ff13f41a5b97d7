// How the relevance model does on a page it did not learn from: for each of our story and
// off-story pages, the weights are derived again without it, and it is decided with those.
// The committed weights learn from every page, so this is the honest measure of a new page.

import { catalogInPlaceOfBundled } from '../../lib/catalog/bundled-catalog';
import { bundledDataset } from '../../lib/dataset';
import { storyModel } from '../../lib/relevance/story-model';
import { deriveWeights } from './derive-weights';
import { decidedShown, litTerms } from './recall';
import type { MatchedPage, PageSets } from './story-pages';
import { storyText } from './story-pages';
import { trainingDocuments } from './training-documents';

/** Totals over the pages, each decided by weights learnt without it. */
export interface HeldOut {
  found: number;
  shown: number;
  marked: number;
  lit: number;
  /** Mentions shown in the other items of story pages and on off-story pages. */
  shownElsewhere: number;
}

/** Decides every story and off-story page of `sets` with weights learnt without it. */
export function heldOut(sets: PageSets): HeldOut {
  const ids = bundledDataset.entries.map((entry) => entry.id);
  const relevanceOf = catalogInPlaceOfBundled(bundledDataset).relevanceOf;
  const totals: HeldOut = { found: 0, shown: 0, marked: 0, lit: 0, shownElsewhere: 0 };
  const without = (page: MatchedPage): PageSets => ({
    stories: sets.stories.filter((p) => p !== page),
    offStory: sets.offStory.filter((p) => p !== page),
    corpus: sets.corpus,
  });
  for (const page of [...sets.stories, ...sets.offStory]) {
    const { about, other } = trainingDocuments(without(page));
    const weights = deriveWeights(ids, about, other);
    const model = storyModel({ relevanceOf, storyOf: () => 'bundled' }, 'bundled', weights);
    const shown = decidedShown(page.found, page.page, model);
    if (!sets.stories.includes(page)) {
      totals.shownElsewhere += shown.length;
      continue;
    }
    const isStory = storyText(page.page, page.found);
    totals.found += page.found.filter((m) => isStory(m.start)).length;
    totals.shown += shown.filter((m) => isStory(m.start)).length;
    totals.shownElsewhere += shown.filter((m) => !isStory(m.start)).length;
    totals.marked += page.page.marked.length;
    totals.lit += litTerms(page.page, shown).length;
  }
  return totals;
}
