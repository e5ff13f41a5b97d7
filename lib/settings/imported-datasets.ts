/**
 * The datasets the reader imported, in `local:` storage (they can be far larger than sync's
 * quotas allow, and they stay on this device): one index key that lists them
 * (`imported-datasets`, what the options page shows) and one key per dataset with its entries
 * (`imported-dataset/<id>`), so that a page reads only the datasets that are on, and one key per
 * dataset with its source's text (`imported-source/<id>`), read only by the editor. Every change
 * goes through the index, which is what `watchImportedDatasets` (and so the catalog) follows.
 */
import { storage } from 'wxt/utils/storage';
import type { ImportedDataset, ImportedDatasetInfo } from '../dataset-import/imported-dataset';
import { parseImportedInfo } from '../dataset-import/imported-dataset';
import type { Dataset } from '../dataset/types';
import { DATASET_VERSION } from '../dataset/types';
import { validateDataset } from '../dataset/validate';
import {
  IMPORTED_INDEX,
  importedBodyKey,
  importedDatasetItems,
  importedSourceKey,
} from './imported-dataset-keys';
import { onStorageChange } from './storage-changes';

const indexKey = `local:${IMPORTED_INDEX}` as const;
const bodyKey = (id: string) => `local:${importedBodyKey(id)}` as const;
const sourceKey = (id: string) => `local:${importedSourceKey(id)}` as const;

/** The imported datasets, in the order they were first imported. Invalid records are skipped. */
export async function listImportedDatasets(): Promise<ImportedDatasetInfo[]> {
  let raw: unknown;
  try {
    raw = await storage.getItem(indexKey);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  return raw.flatMap((value: unknown) => {
    const info = parseImportedInfo(value);
    if (!info || seen.has(info.id)) return [];
    seen.add(info.id);
    return [info];
  });
}

/**
 * The imported datasets with their entries: all of them, or only those turned on (what pages
 * show). A dataset whose entries are missing or unreadable is left out.
 */
export async function readImportedDatasets(only: 'all' | 'enabled'): Promise<ImportedDataset[]> {
  const infos = (await listImportedDatasets()).filter((info) => only === 'all' || info.enabled);
  if (infos.length === 0) return [];
  let bodies: unknown[];
  try {
    bodies = (await storage.getItems(infos.map((info) => bodyKey(info.id)))).map(
      (item) => item.value as unknown,
    );
  } catch {
    return [];
  }
  return infos.flatMap((info, i) => {
    const dataset = storedDataset(bodies[i]);
    return dataset ? [{ info, dataset }] : [];
  });
}

/** Stores a checked import, replacing the dataset with its id if there is one; turned on. */
export async function saveImportedDataset(imported: ImportedDataset): Promise<void> {
  const { info } = imported;
  const infos = await listImportedDatasets();
  const at = infos.findIndex((other) => other.id === info.id);
  const next = at === -1 ? [...infos, info] : infos.map((other, i) => (i === at ? info : other));
  // One write: the entries and the index that lists them arrive together.
  const items = Object.entries(importedDatasetItems(imported, next));
  await storage.setItems(items.map(([key, value]) => ({ key: `local:${key}` as const, value })));
  // A replaced dataset's text must not outlive it when the new one carries none.
  if (imported.sourceText === undefined) await storage.removeItem(sourceKey(info.id));
}

/** The source text an imported dataset was stored with; null when it carried none. */
export async function readImportedSource(id: string): Promise<string | null> {
  try {
    const text = await storage.getItem<unknown>(sourceKey(id));
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/** Turns an imported dataset on or off. */
export async function setImportedDatasetEnabled(id: string, enabled: boolean): Promise<void> {
  const infos = await listImportedDatasets();
  if (!infos.some((info) => info.id === id)) return;
  await storage.setItem(
    indexKey,
    infos.map((info) => (info.id === id ? { ...info, enabled } : info)),
  );
}

/** Removes an imported dataset: first from the index, so that no page looks for it any more. */
export async function removeImportedDataset(id: string): Promise<void> {
  const infos = await listImportedDatasets();
  await storage.setItem(
    indexKey,
    infos.filter((info) => info.id !== id),
  );
  await storage.removeItems([bodyKey(id), sourceKey(id)]);
}

/** Calls `listener` whenever a dataset is imported, removed, turned on or off. */
export function watchImportedDatasets(listener: () => void): () => void {
  return onStorageChange((key) => key === IMPORTED_INDEX, listener);
}

// The entries as stored. They were checked on import, so the current format is trusted (pages
// read them often; checking 2 MB would cost every frame ~60 ms); a format an update of Context
// Cards left behind is migrated and checked again.
function storedDataset(value: unknown): Dataset | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, entries } = value as { version?: unknown; entries?: unknown };
  if (version === DATASET_VERSION && Array.isArray(entries)) return value as Dataset;
  // The validator migrates earlier formats first.
  const checked = validateDataset(value);
  return checked.ok ? checked.dataset : null;
}
