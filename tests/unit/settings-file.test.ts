import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MAX_FILE_LENGTH } from '../../lib/settings/file-envelope';
import { readSettings, writeSettings } from '../../lib/settings/settings';
import { readBackup, restoreBackup } from '../../lib/settings/settings-backup';
import type { SettingsBackup } from '../../lib/settings/settings-file';
import { parseSettingsFile, settingsFileText } from '../../lib/settings/settings-file';
import { parseSiteListFile, siteListFileText } from '../../lib/settings/site-list-file';
import { MAX_LISTED_SITES, putSite } from '../../lib/settings/site-lists';
import { DEFAULT_SETTINGS } from '../../lib/settings/values';
import type { Settings } from '../../lib/settings/values';
import { exampleText } from './example-datasets';

beforeEach(() => fakeBrowser.reset());

const CHANGED: SettingsBackup = {
  settings: {
    ...DEFAULT_SETTINGS,
    siteMode: 'only',
    highlightStyle: 'subtle',
    kinds: ['person', 'event'],
    firstMentionOnly: true,
    hoverDelayMs: 650,
    tapOpensCards: false,
    storyOnly: false,
  },
  sites: {
    off: [{ host: 'example.com', subdomains: true }],
    on: [
      { host: 'news.example.org', subdomains: false },
      { host: 'xn--mnchen-3ya.de', subdomains: true },
    ],
  },
};

const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'context-cards-settings', version: 1, ...fields });

const problemsOf = (text: string) => {
  const verdict = parseSettingsFile(text);
  if (verdict.ok) expect.fail('expected the file to be refused');
  return verdict.problems;
};

// Stores the settings a reader changed, as the options page does: one key per changed setting.
async function store(backup: SettingsBackup): Promise<void> {
  const changed = Object.entries(backup.settings).filter(
    ([name, value]) =>
      JSON.stringify(value) !== JSON.stringify(DEFAULT_SETTINGS[name as keyof Settings]),
  );
  await writeSettings(Object.fromEntries(changed));
  for (const list of ['off', 'on'] as const) {
    for (const rule of backup.sites[list]) await putSite(list, rule);
  }
}

describe('export and import of all settings', () => {
  test('export, change everything, import: storage holds exactly what was exported', async () => {
    await store(CHANGED);
    const stored = await fakeBrowser.storage.sync.get(null);
    const exported = settingsFileText(await readBackup());
    await writeSettings({ hoverDelayMs: 100, highlightStyle: 'underline', kinds: ['place'] });
    await putSite('off', { host: 'other.net', subdomains: false });
    await putSite('on', { host: 'news.example.org', subdomains: true });
    await putSite('on', { host: 'extra.org', subdomains: true });
    const verdict = parseSettingsFile(exported);
    if (!verdict.ok) expect.fail(JSON.stringify(verdict.problems));
    await restoreBackup(verdict.backup);
    expect(await readBackup()).toEqual(CHANGED);
    // Defaults are not written out: storage is as the reader left it, key for key.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(stored);
  });

  test('the file says what it is, and holds the settings and both lists', () => {
    const parsed = JSON.parse(settingsFileText(CHANGED)) as Record<string, unknown>;
    expect(parsed).toEqual({ format: 'context-cards-settings', version: 1, ...CHANGED });
  });

  test('a setting the file lacks takes its default; hosts are read as a reader writes them', () => {
    const verdict = parseSettingsFile(
      file({ settings: { hoverDelayMs: 200 }, sites: { on: ['WWW.München.de', 'a.org'] } }),
    );
    expect(verdict).toEqual({
      ok: true,
      backup: {
        settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 200 },
        sites: {
          off: [],
          on: [
            { host: 'xn--mnchen-3ya.de', subdomains: true },
            { host: 'a.org', subdomains: true },
          ],
        },
      },
    });
  });

  test('every bad value is reported with its path, and nothing is applied', async () => {
    await store(CHANGED);
    const before = await fakeBrowser.storage.sync.get(null);
    const problems = problemsOf(
      file({
        settings: { hoverDelayMs: 5000, highlightStyle: 'glow', colour: 'red', enabled: true },
        sites: {
          off: [{ host: 'ok.com' }, { host: 'not a host' }, { host: 'x.com', subdomains: 'yes' }],
          maybe: [],
        },
      }),
    );
    expect(problems).toEqual([
      { path: 'settings.hoverDelayMs', problem: 'invalid-value' },
      { path: 'settings.highlightStyle', problem: 'invalid-value' },
      { path: 'settings.colour', problem: 'unknown-field' },
      { path: 'sites.maybe', problem: 'unknown-field' },
      { path: 'sites.off[1].host', problem: 'invalid-host' },
      { path: 'sites.off[2].subdomains', problem: 'invalid-value' },
    ]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
    expect((await readSettings()).hoverDelayMs).toBe(650);
  });

  test('an unknown top-level field is listed beside the problems inside the known ones', () => {
    const problems = problemsOf(
      file({ setings: {}, settings: { hoverDelayMs: 5000 }, sites: { off: ['not a host'] } }),
    );
    expect(problems).toEqual([
      { path: 'setings', problem: 'unknown-field' },
      { path: 'settings.hoverDelayMs', problem: 'invalid-value' },
      { path: 'sites.off[0].host', problem: 'invalid-host' },
    ]);
  });

  test.each<[string, string, string]>([
    ['not JSON', '{"format": ', ''],
    ['another file of ours', siteListFileText([]), 'format'],
    ['a dataset', exampleText('valid'), 'format'],
    ['from a newer version', file({ version: 2 }), 'version'],
    ['without a version', file({ version: '1' }), 'version'],
    ['with a misspelt field', file({ setings: {} }), 'setings'],
    [
      'with a list of too many sites',
      file({ sites: { off: Array(MAX_LISTED_SITES + 1).fill('a.com') } }),
      'sites.off',
    ],
    ['too large to be ours', ' '.repeat(MAX_FILE_LENGTH + 1), ''],
  ])('refuses a file %s', (_what, text, path) => {
    expect(problemsOf(text)[0]?.path).toBe(path);
  });
});

describe('the file of one site list', () => {
  test('round trip', async () => {
    const verdict = parseSiteListFile(siteListFileText(CHANGED.sites.on));
    expect(verdict).toEqual({ ok: true, sites: CHANGED.sites.on });
  });

  test('a bad host is reported where it is', () => {
    const text = JSON.stringify({
      format: 'context-cards-sites',
      version: 1,
      sites: ['a.com', 'http://'],
    });
    expect(parseSiteListFile(text)).toEqual({
      ok: false,
      problems: [{ path: 'sites[1].host', problem: 'invalid-host' }],
    });
  });

  test('every unknown field of a site is listed, with the problems of its known fields', () => {
    const text = JSON.stringify({
      format: 'context-cards-sites',
      version: 1,
      sites: [{ host: 'a.com', subdomain: true, note: 'x' }, { host: 'xn--' }],
      comment: 'mine',
    });
    expect(parseSiteListFile(text)).toEqual({
      ok: false,
      problems: [
        { path: 'comment', problem: 'unknown-field' },
        { path: 'sites[0].subdomain', problem: 'unknown-field' },
        { path: 'sites[0].note', problem: 'unknown-field' },
        { path: 'sites[1].host', problem: 'invalid-host' },
      ],
    });
  });

  test('a settings file is not a site list', () => {
    expect(parseSiteListFile(settingsFileText(CHANGED))).toEqual({
      ok: false,
      problems: [{ path: 'format', problem: 'wrong-file' }],
    });
  });
});
