// What a page shows under the relevance decision, and which of its marked terms are lit. Pure.

import { catalogInPlaceOfBundled } from '../../lib/catalog/bundled-catalog';
import { bundledDataset } from '../../lib/dataset';
import type { Mention } from '../../lib/matcher/types';
import { storyModel } from '../../lib/relevance/story-model';
import type { RelevanceModel } from '../../lib/relevance/decide-relevance';
import { decideRelevance } from '../../lib/relevance/decide-relevance';
import type { ReadPage } from './page-text';
import { placed } from './story-pages';

/** The model of the bundled story alone, as the content script builds it for the bundled dataset. */
export function bundledStoryModel(): RelevanceModel {
  return storyModel(
    { relevanceOf: catalogInPlaceOfBundled(bundledDataset).relevanceOf, storyOf: () => 'bundled' },
    'bundled',
  );
}

/** The mentions of `found` the relevance decision shows on `page`. */
export function decidedShown(
  found: readonly Mention[],
  page: ReadPage,
  model: RelevanceModel,
): Mention[] {
  const decision = decideRelevance(placed(found, page), model, page.parentOf);
  return found.filter((mention) => decision.shows(mention.entryId, page.partAt(mention.start)));
}

/**
 * The marked terms of `page` that `shown` mentions light: every letter of the term is inside a
 * shown mention (a term half lit, "strikes in [Mexico]", is not lit).
 */
export function litTerms(page: ReadPage, shown: readonly Mention[]): ReadPage['marked'] {
  return page.marked.filter(({ start, end }) => {
    for (let at = start; at < end; at++) {
      if (!/[\p{L}\p{N}]/u.test(page.text[at] ?? '')) continue;
      if (!shown.some((mention) => mention.start <= at && at < mention.end)) return false;
    }
    return true;
  });
}
