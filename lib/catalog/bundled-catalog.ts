import { bundledDataset } from '../dataset';
import type { Dataset } from '../dataset/types';
import { BUNDLED_ID, Catalog } from './catalog';
import type { CatalogPart } from './catalog';

/** The bundled dataset as a catalog part; its evidence is checked against the article by tests. */
export const bundledPart: CatalogPart = {
  origin: { id: BUNDLED_ID, source: bundledDataset.source, evidenceChecked: true },
  dataset: bundledDataset,
};

/** A catalog of the bundled dataset alone. */
export function bundledCatalog(): Catalog {
  return new Catalog([bundledPart]);
}

/** A catalog of `dataset` in the bundled dataset's place (the build, reports and tests). */
export function catalogInPlaceOfBundled(dataset: Dataset): Catalog {
  return new Catalog([{ ...bundledPart, dataset }]);
}
