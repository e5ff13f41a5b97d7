/**
 * The reader's settings in extension storage: one WXT storage item per setting, so that two
 * browsers or tabs changing different settings at once never overwrite each other. Every
 * context (content script, popup, options, background) reads and watches them here; a change
 * made in one reaches the others through storage's change events.
 */
import type { Settings } from './values';
import { DEFAULT_SETTINGS, SETTING_NAMES, SETTING_PARSERS } from './values';
import { onStorageChange } from './storage-changes';
import { readPairs, removeValues, SyncedValue, writeValues } from './synced-value';

type SettingValues = { [K in keyof Settings]: SyncedValue<Settings[K]> };

/** The storage item of each setting. */
export const settingValues: SettingValues = Object.fromEntries(
  SETTING_NAMES.map((name) => [
    name,
    new SyncedValue(name, SETTING_PARSERS[name] as never, DEFAULT_SETTINGS[name]),
  ]),
) as unknown as SettingValues;

const allValues = SETTING_NAMES.map((name) => settingValues[name] as SyncedValue<unknown>);

/** Reads every setting, checked (two storage calls in all); never throws. */
export async function readSettings(): Promise<Settings> {
  const pairs = await readPairs(allValues);
  return Object.fromEntries(
    SETTING_NAMES.map((name, i) => [name, allValues[i]!.decode(pairs[i]!)]),
  ) as unknown as Settings;
}

/** Stores one setting. */
export function writeSetting<K extends keyof Settings>(name: K, value: Settings[K]): Promise<void> {
  return settingValues[name].set(value);
}

/** Stores several settings at once (an import), in one write; each is its own key. */
export async function writeSettings(values: Partial<Settings>): Promise<void> {
  const names = SETTING_NAMES.filter((name) => values[name] !== undefined);
  await writeValues(
    names.map((name) => [settingValues[name] as SyncedValue<unknown>, values[name]] as const),
  );
}

/**
 * Makes storage hold exactly `settings` (an import of all settings): the values that differ
 * from the defaults are written in one batch, and the others removed, as if never changed.
 */
export async function replaceSettings(settings: Settings): Promise<void> {
  const isDefault = (name: keyof Settings) =>
    JSON.stringify(settings[name]) === JSON.stringify(DEFAULT_SETTINGS[name]);
  const changed = SETTING_NAMES.filter((name) => !isDefault(name));
  await writeSettings(Object.fromEntries(changed.map((name) => [name, settings[name]])));
  await removeValues(
    SETTING_NAMES.filter(isDefault).map((name) => settingValues[name] as SyncedValue<unknown>),
  );
}

/** Puts every setting back to its default. */
export async function resetSettings(): Promise<void> {
  await removeValues(allValues);
}

/** Calls `listener` with all settings whenever any of them changes, in any context. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const names = new Set<string>(SETTING_NAMES);
  return onStorageChange(
    (key) => names.has(key),
    () => void readSettings().then(listener),
  );
}
