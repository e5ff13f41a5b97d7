// The file of all settings (preferences and both site lists) that the options page exports and
// imports. Reading one checks all of it first, so an import is applied whole or not at all.
// Pure logic; `settings-backup.ts` reads and writes storage.

import type { SiteList, SiteRule } from '../sites/site-rules';
import type { FileProblem } from './file-envelope';
import { fileText, readEnvelope, readSiteRules, unknownFields } from './file-envelope';
import type { Settings } from './values';
import { DEFAULT_SETTINGS, SETTING_NAMES, SETTING_PARSERS } from './values';

/** Everything the reader set: what the settings file holds. */
export interface SettingsBackup {
  readonly settings: Settings;
  readonly sites: Readonly<Record<SiteList, readonly SiteRule[]>>;
}

/** A settings file read back: what to apply, or every problem found. */
export type SettingsFileVerdict =
  { ok: true; backup: SettingsBackup } | { ok: false; problems: FileProblem[] };

/** The text of the settings file for `backup`. */
export function settingsFileText(backup: SettingsBackup): string {
  return fileText('context-cards-settings', { settings: backup.settings, sites: backup.sites });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a settings file. Every value is checked as stored values are; a setting the file does
 * not have takes its default (a file from before the setting existed), so the result is always
 * a complete set.
 */
export function parseSettingsFile(text: string): SettingsFileVerdict {
  const envelope = readEnvelope(text, 'context-cards-settings', ['settings', 'sites']);
  if (!envelope.ok) return envelope;
  const problems: FileProblem[] = [...envelope.unknownFields];
  const { settings: stored = {}, sites: storedSites = {} } = envelope.body;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (!isObject(stored)) problems.push({ path: 'settings', problem: 'invalid-value' });
  else {
    for (const [name, value] of Object.entries(stored)) {
      const parse = SETTING_PARSERS[name as keyof Settings] as
        ((v: unknown) => unknown) | undefined;
      const known = (SETTING_NAMES as string[]).includes(name) && parse;
      const parsed = known ? parse(value) : undefined;
      if (!known) problems.push({ path: `settings.${name}`, problem: 'unknown-field' });
      else if (parsed === undefined)
        problems.push({ path: `settings.${name}`, problem: 'invalid-value' });
      else settings[name] = parsed;
    }
  }
  const sites: Record<SiteList, SiteRule[]> = { off: [], on: [] };
  if (!isObject(storedSites)) problems.push({ path: 'sites', problem: 'invalid-value' });
  else {
    problems.push(...unknownFields(storedSites, 'sites', ['off', 'on']));
    for (const list of ['off', 'on'] as const) {
      sites[list] = readSiteRules(storedSites[list] ?? [], `sites.${list}`, problems);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, backup: { settings: settings as unknown as Settings, sites } };
}
