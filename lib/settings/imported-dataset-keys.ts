// Where imported datasets live in `local:` storage (see imported-datasets.ts), apart from the
// code that reads and writes them, so tests can write storage exactly as the options page does.

import type { ImportedDataset, ImportedDatasetInfo } from '../dataset-import/imported-dataset';

/** The key of the index that lists the imported datasets. */
export const IMPORTED_INDEX = 'imported-datasets';

/** The key of one imported dataset's entries. */
export const importedBodyKey = (id: string) => `imported-dataset/${id}`;

/**
 * The key of one imported dataset's source text, apart from its entries so that pages, which
 * read the entries, never load the article; only the editor reads it.
 */
export const importedSourceKey = (id: string) => `imported-source/${id}`;

/**
 * The `local:` storage items of `index` after storing `imported` (one write, all together):
 * the entries, the source text when the import carried one, and the index.
 */
export function importedDatasetItems(
  { info, dataset, sourceText }: ImportedDataset,
  index: readonly ImportedDatasetInfo[],
): Record<string, unknown> {
  return {
    [importedBodyKey(info.id)]: dataset,
    ...(sourceText === undefined ? {} : { [importedSourceKey(info.id)]: sourceText }),
    [IMPORTED_INDEX]: index,
  };
}

/**
 * The key of the compiled dictionary of the bundled and the enabled imported datasets (see
 * lib/dictionary/compiled-dictionary.ts); absent when no imported dataset is on.
 */
export const COMPILED_DICTIONARY = 'compiled-dictionary';

/**
 * The key of the scout table of the same datasets (see lib/scout/scout-table.ts), which the
 * first stage of every page reads; absent when no imported dataset is on.
 */
export const SCOUT_TABLE = 'dictionary-scout';
