import { readSettings, replaceSettings } from './settings';
import type { SettingsBackup } from './settings-file';
import { listSites, replaceSites } from './site-lists';

/** Everything the reader set, as the settings file holds it. */
export async function readBackup(): Promise<SettingsBackup> {
  const [settings, off, on] = await Promise.all([
    readSettings(),
    listSites('off'),
    listSites('on'),
  ]);
  return { settings, sites: { off, on } };
}

/**
 * Makes storage hold exactly `backup` (checked by `parseSettingsFile`): the settings and both
 * lists replaced, each in one batched write and one removal.
 */
export async function restoreBackup(backup: SettingsBackup): Promise<void> {
  await replaceSettings(backup.settings);
  await Promise.all([replaceSites('off', backup.sites.off), replaceSites('on', backup.sites.on)]);
}
