import bundled from 'virtual:bundled-dictionary';
import { compileDictionary } from '../dictionary/compiled-dictionary';
import { writeStoredDictionary } from '../settings/stored-dictionary';
import { BUNDLED_ID } from './catalog';
import { loadCatalog } from './load-catalog';

/**
 * Compiles the bundled and the enabled imported datasets into the stored dictionary that pages
 * read (or removes it when no imported dataset is on: pages then use the bundled one they
 * carry). Run when the imported datasets change and when Context Cards is installed or
 * updated, so a page never validates, migrates or compiles a dataset itself.
 */
export async function rebuildStoredDictionary(): Promise<void> {
  const catalog = await loadCatalog();
  const imported = catalog.all().some((entry) => entry.origin.id !== BUNDLED_ID);
  await writeStoredDictionary(imported ? compileDictionary(catalog, bundled.checksum) : null);
}
