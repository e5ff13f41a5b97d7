import raw from '../../assets/dataset.json';
import type { Dataset } from './types';

export type {
  Alias,
  Dataset,
  DatasetError,
  Entry,
  EntryKind,
  Fact,
  Quote,
  Relevance,
  Source,
} from './types';

/**
 * The context dataset bundled with the extension: the people, organizations, places, events
 * and ideas of one news story.
 */
// A cast rather than a runtime check: the unit tests prove that the file passes
// `validateDataset` and equals its checked form, and validating on every page load would cost
// time in the content script for nothing.
export const bundledDataset: Dataset = raw as Dataset;
