import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings, resetSettings, writeSettings } from '../../lib/settings/settings';
import { listSites, replaceSites } from '../../lib/settings/site-lists';
import { SyncedValue, writeValues } from '../../lib/settings/synced-value';
import { DEFAULT_SETTINGS } from '../../lib/settings/values';

// Chrome's sync storage allows 120 write operations a minute: an import of a whole list or of
// every setting must not spend one per key.

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const sites = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ host: `site${i}.example`, subdomains: i % 2 === 0 }));

test('replacing a list of 300 sites with another is one write and one removal in sync', async () => {
  await replaceSites('off', sites(300));
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
  const next = sites(600).slice(300);
  await replaceSites('off', next);
  expect(set).toHaveBeenCalledTimes(1);
  expect(remove).toHaveBeenCalledTimes(1);
  expect(await listSites('off')).toEqual([...next].sort((a, b) => a.host.localeCompare(b.host)));
});

test('writing every setting is one write; resetting them is one removal per area', async () => {
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  await writeSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 800, firstMentionOnly: true });
  expect(set).toHaveBeenCalledTimes(1);
  const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
  await resetSettings();
  expect(remove).toHaveBeenCalledTimes(1);
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
});

test('when sync refuses the batch, all of it is kept in local', async () => {
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS'));
  await replaceSites('on', sites(3));
  const local = await fakeBrowser.storage.local.get(null);
  expect(Object.keys(local).sort()).toEqual([
    'site-on/site0.example',
    'site-on/site1.example',
    'site-on/site2.example',
  ]);
  expect(await listSites('on')).toEqual(sites(3));
});

test('a value past version 1 is written with its version, as WXT writes it', async () => {
  const value = new SyncedValue('delay', (v) => v as number, 0, 2, { 2: (old) => old });
  await writeValues([[value as SyncedValue<unknown>, 5]]);
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({ delay: 5, delay$: { v: 2 } });
});
