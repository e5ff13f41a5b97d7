import bundled from 'virtual:bundled-dictionary';
import { compileDictionary } from '../dictionary/compiled-dictionary';
import { scoutTableOf } from '../scout/build-scout-table';
import { writeStoredDictionary } from '../settings/stored-dictionary';
import { BUNDLED_ID } from './catalog';
import { loadCatalog } from './load-catalog';

/**
 * Compiles the bundled and the enabled imported datasets into the stored dictionary and the
 * first stage's scout table that pages read (or removes both when no imported dataset is on:
 * pages then use the bundled ones they carry). Run when the imported datasets change and when
 * Context Cards is installed or updated, so a page never validates, migrates or compiles a
 * dataset itself.
 */
export async function rebuildStoredDictionary(): Promise<void> {
  const catalog = await loadCatalog();
  const imported = catalog.all().some((entry) => entry.origin.id !== BUNDLED_ID);
  if (!imported) return writeStoredDictionary(null);
  const dictionary = compileDictionary(catalog, bundled.checksum);
  await writeStoredDictionary({ dictionary, scout: scoutTableOf(dictionary, bundled.checksum) });
}
