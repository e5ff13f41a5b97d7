/**
 * One value kept in `sync:` storage, so that it follows the reader to their other browsers, with
 * `local:` as the overflow when sync is unavailable or full. A value in `local:` exists only
 * because a write to sync failed, so it wins over sync's until a later write to sync succeeds.
 * Both are WXT storage items with a version and migrations. Every value read is checked: a
 * corrupt one gives the fallback and is removed (with a console warning) so that it stops coming
 * back, touching no other key; a value written by a newer version of Context Cards is left for
 * that version.
 */
import { storage } from 'wxt/utils/storage';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { onStorageChange } from './storage-changes';
import type { Parse } from './values';

/** How a stored value changes from one version to the next (see WXT's `migrations`). */
export type Migrations = Record<number, (old: unknown) => unknown>;

/** The two raw values of one key, as a batched read returns them. */
export interface RawPair {
  local: unknown;
  sync: unknown;
}

type Area = 'sync' | 'local';
type Item = WxtStorageItem<unknown, { v?: number }>;

/** A key in sync storage with its local overflow; `T` is the checked value. */
export class SyncedValue<T> {
  private defined: Record<Area, Item> | null = null;
  private readonly options: { version: number; migrations?: Migrations };
  /** Resolves once WXT has migrated both items (at once when there are no migrations). */
  readonly ready: Promise<unknown>;

  constructor(
    /** The key's name without its area, such as `hoverDelayMs` or `site-off/example.com`. */
    readonly name: string,
    private readonly parse: Parse<T>,
    /** What a missing or corrupt value reads as. */
    readonly fallback: T,
    /** The format version of the value (WXT's `v` meta), 1 unless a migration changed it. */
    readonly version = 1,
    migrations?: Migrations,
  ) {
    this.options = migrations ? { version, migrations } : { version };
    // `getMeta` waits for WXT's migrations of the item; without any there is nothing to wait for.
    this.ready = migrations
      ? Promise.all([this.items.sync.getMeta(), this.items.local.getMeta()]).catch(() => null)
      : Promise.resolve();
  }

  /** The storage keys, `sync:name` and `local:name`. */
  get keys(): Record<Area, `${Area}:${string}`> {
    return { sync: `sync:${this.name}`, local: `local:${this.name}` };
  }

  // Defined on first use: WXT reads an item's value as soon as it is defined, and a page that
  // only reads settings (in a batch, see readPairs) should not pay for that.
  private get items(): Record<Area, Item> {
    this.defined ??= {
      sync: storage.defineItem<unknown, { v?: number }>(this.keys.sync, this.options),
      local: storage.defineItem<unknown, { v?: number }>(this.keys.local, this.options),
    };
    return this.defined;
  }

  /** Reads the value; never throws. */
  async get(): Promise<T> {
    const [pair] = await readPairs([this]);
    return this.decode(pair!);
  }

  /**
   * The checked value of a raw pair read in a batch (see `readPairs`). A corrupt value is
   * removed from its area in the background.
   */
  decode(raw: RawPair): T {
    const area: Area = raw.local != null ? 'local' : 'sync';
    const value = raw[area];
    if (value == null) return this.fallback;
    const parsed = this.parse(value);
    if (parsed !== undefined) return parsed;
    void this.repair(area);
    return this.fallback;
  }

  /** Stores `value` in sync, or in local when sync refuses it. */
  async set(value: T): Promise<void> {
    try {
      await this.items.sync.setValue(value);
    } catch {
      // Sync is off, unavailable or over its quota: keep the value on this device.
      await this.items.local.setValue(value);
      return;
    }
    await this.removeFrom('local');
  }

  /** Removes the value from both areas, so that it reads as the fallback. */
  async remove(): Promise<void> {
    await Promise.all([this.removeFrom('sync'), this.removeFrom('local')]);
  }

  /** Calls `listener` with the checked value whenever either area changes it. */
  watch(listener: (value: T) => void): () => void {
    return onStorageChange(
      (key) => key === this.name,
      () => void this.get().then(listener),
    );
  }

  private async repair(area: Area): Promise<void> {
    const meta = await this.items[area].getMeta().catch(() => ({ v: undefined }));
    // A newer version of the extension, on another device, may store another shape: keep it.
    if ((meta.v ?? 1) > this.version) return;
    console.warn(`Context Cards: the stored setting "${this.name}" was not valid and was reset.`);
    await this.removeFrom(area);
  }

  private async removeFrom(area: Area): Promise<void> {
    try {
      await this.items[area].removeValue({ removeMeta: true });
    } catch {
      // Sync unavailable: there is nothing of ours there to remove.
    }
  }
}

/** Reads the raw values of many keys in one call per storage area; never throws. */
export async function readPairs(values: readonly SyncedValue<unknown>[]): Promise<RawPair[]> {
  await Promise.all(values.map((value) => value.ready));
  const [local, sync] = await Promise.all([
    readArea(values.map((value) => value.keys.local)),
    readArea(values.map((value) => value.keys.sync)),
  ]);
  return values.map((_, i) => ({ local: local[i], sync: sync[i] }));
}

async function readArea(keys: `${Area}:${string}`[]): Promise<unknown[]> {
  if (keys.length === 0) return [];
  try {
    const items = await storage.getItems(keys);
    return items.map((item) => item.value as unknown);
  } catch {
    // The area is unavailable (sync turned off by policy): read it as empty.
    return keys.map(() => null);
  }
}

/**
 * Stores many values at once: one write to sync, or to local when sync refuses it, then one
 * removal of the local copies that sync's values replace. Sync limits write operations (120 a
 * minute in Chrome) rather than keys, so an import of hundreds of values costs two or three.
 */
export async function writeValues(pairs: readonly (readonly [SyncedValue<unknown>, unknown])[]) {
  if (pairs.length === 0) return;
  await Promise.all(pairs.map(([value]) => value.ready));
  const items = (area: Area) =>
    pairs.flatMap(([value, data]) => [
      { key: value.keys[area], value: data },
      // The version, as WXT's own `setValue` records it, for values past version 1.
      ...(value.version > 1
        ? [{ key: `${value.keys[area]}$` as const, value: { v: value.version } }]
        : []),
    ]);
  try {
    await storage.setItems(items('sync'));
  } catch {
    await storage.setItems(items('local'));
    return;
  }
  await removeArea(
    'local',
    pairs.map(([value]) => value),
  );
}

/** Removes many values from both areas at once. */
export async function removeValues(values: readonly SyncedValue<unknown>[]): Promise<void> {
  if (values.length === 0) return;
  await Promise.all([removeArea('sync', values), removeArea('local', values)]);
}

async function removeArea(area: Area, values: readonly SyncedValue<unknown>[]): Promise<void> {
  try {
    await storage.removeItems(
      values.flatMap((value) => [value.keys[area], `${value.keys[area]}$` as const]),
    );
  } catch {
    // The area is unavailable: there is nothing of ours there to remove.
  }
}
