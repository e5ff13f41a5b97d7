/**
 * The compiled dictionary in `local:` storage, which every page reads instead of the imported
 * datasets themselves (see lib/dictionary/compiled-dictionary.ts). Written by the background
 * whenever the imported datasets change or Context Cards is updated.
 */
import { storage } from 'wxt/utils/storage';
import type { CompiledDictionary } from '../dictionary/compiled-dictionary';
import type { ScoutTable } from '../scout/scout-table';
import { COMPILED_DICTIONARY, SCOUT_TABLE } from './imported-dataset-keys';
import { onStorageChange } from './storage-changes';

const key = `local:${COMPILED_DICTIONARY}` as const;
const scoutKey = `local:${SCOUT_TABLE}` as const;

/** The stored value as it is (checked by its reader); null when absent or unreadable. */
export async function readStoredDictionary(): Promise<unknown> {
  try {
    return await storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Stores a compiled dictionary with its scout table (lib/scout/scout-table.ts) in one write, or
 * removes both (null).
 */
export async function writeStoredDictionary(
  value: { dictionary: CompiledDictionary; scout: ScoutTable } | null,
): Promise<void> {
  if (!value) return storage.removeItems([key, scoutKey]);
  await storage.setItems([
    { key, value: value.dictionary },
    { key: scoutKey, value: value.scout },
  ]);
}

/** Calls `listener` whenever the stored dictionary changes; returns a function that stops it. */
export function watchStoredDictionary(listener: () => void): () => void {
  return onStorageChange((changed) => changed === COMPILED_DICTIONARY, listener);
}
