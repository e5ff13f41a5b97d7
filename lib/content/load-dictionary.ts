import bundled from 'virtual:bundled-dictionary';
import { chooseDictionary } from '../dictionary/compiled-dictionary';
import { Dictionary } from '../dictionary/dictionary';
import { readStoredDictionary, watchStoredDictionary } from '../settings/stored-dictionary';

/**
 * The dictionary of every dataset that is on, compiled ahead of time: the bundled one shipped
 * compiled in the script, or the stored one when imported datasets are on. One storage read.
 */
export async function loadDictionary(): Promise<Dictionary> {
  const stored = await readStoredDictionary();
  try {
    return new Dictionary(chooseDictionary(stored, bundled));
  } catch {
    // Intact by its checksum yet not a dictionary this version reads: the bundled one serves.
    console.warn(
      'Context Cards: the stored dictionary could not be read; imported datasets are left out.',
    );
    return new Dictionary(chooseDictionary(null, bundled));
  }
}

/** Calls `changed` when the stored dictionary changes; returns a function that stops it. */
export const watchDictionary = watchStoredDictionary;
