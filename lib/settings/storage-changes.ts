import { browser } from 'wxt/browser';

interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * Calls `listener` once per change event of `sync:` or `local:` storage that touches a key
 * `wanted` accepts (keys without their area). One listener serves any number of keys.
 * Returns a function that stops listening.
 */
export function onStorageChange(
  wanted: (key: string) => boolean,
  listener: (keys: string[]) => void,
): () => void {
  const onChanged = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    // Removing a key that was not there changes nothing (some implementations still report it).
    const keys = Object.entries(changes)
      .filter(
        ([key, change]) => wanted(key) && (change.oldValue != null || change.newValue != null),
      )
      .map(([key]) => key);
    if (keys.length > 0) listener(keys);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
