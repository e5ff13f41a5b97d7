import { readImportedDatasets, watchImportedDatasets } from '../settings/imported-datasets';
import type { ImportedDataset } from '../dataset-import/imported-dataset';
import { bundledPart } from './bundled-catalog';
import { Catalog } from './catalog';
import type { CatalogPart } from './catalog';

/** An imported dataset as a catalog part. */
export function importedPart({ info, dataset }: ImportedDataset): CatalogPart {
  return {
    origin: { id: info.id, source: dataset.source, evidenceChecked: info.evidenceChecked },
    dataset,
  };
}

/**
 * Everything the extension knows, for any context: the bundled dataset and the datasets the
 * reader imported and turned on. Never throws: a stored dataset that cannot be read is left out.
 */
export async function loadCatalog(): Promise<Catalog> {
  const imported = await readImportedDatasets('enabled').catch(() => []);
  return catalogOf([bundledPart, ...imported.map(importedPart)]);
}

/** The catalog of `parts`, leaving out any part that cannot be taken in. */
export function catalogOf(parts: readonly CatalogPart[]): Catalog {
  try {
    return new Catalog(parts);
  } catch {
    console.warn('Context Cards: an imported dataset could not be read and is left out.');
    return new Catalog(parts.filter((part) => readable(part)));
  }
}

function readable(part: CatalogPart): boolean {
  try {
    new Catalog([part]);
    return true;
  } catch {
    return false;
  }
}

/** Calls `changed` when the imported datasets change; returns a function that stops it. */
export function watchCatalog(changed: () => void): () => void {
  return watchImportedDatasets(changed);
}
