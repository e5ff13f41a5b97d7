import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  listSites,
  MAX_LISTED_SITES,
  putSite,
  readPageSettings,
  removeSite,
  replaceSites,
  setSiteSwitch,
  watchSites,
} from '../../lib/settings/site-lists';
import { writeSetting } from '../../lib/settings/settings';
import { siteVerdict } from '../../lib/sites/site-rules';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('a page reads the rules that can cover its host, from both lists', async () => {
  await putSite('off', { host: 'example.com', subdomains: true });
  await putSite('off', { host: 'other.org', subdomains: true });
  await putSite('on', { host: 'news.example.com', subdomains: false });
  const { sites } = await readPageSettings('news.example.com');
  expect(sites.offSites).toEqual([{ host: 'example.com', subdomains: true }]);
  expect(sites.onSites).toEqual([{ host: 'news.example.com', subdomains: false }]);
  expect(siteVerdict('news.example.com', sites)).toMatchObject({ on: false, reason: 'site-off' });
});

test('the page decision follows the mode and the global switch', async () => {
  await putSite('on', { host: 'example.com', subdomains: true });
  await writeSetting('siteMode', 'only');
  expect(siteVerdict('example.com', (await readPageSettings('example.com')).sites).on).toBe(true);
  expect(siteVerdict('other.com', (await readPageSettings('other.com')).sites).on).toBe(false);
  await writeSetting('enabled', false);
  const { sites } = await readPageSettings('example.com');
  expect(siteVerdict('example.com', sites)).toMatchObject({ on: false, reason: 'extension-off' });
});

test('one key per site: two tabs listing different sites at once keep both', async () => {
  await Promise.all([
    putSite('off', { host: 'a.com', subdomains: true }),
    putSite('off', { host: 'b.com', subdomains: false }),
  ]);
  expect(await listSites('off')).toEqual([
    { host: 'a.com', subdomains: true },
    { host: 'b.com', subdomains: false },
  ]);
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({
    'site-off/a.com': { subdomains: true },
    'site-off/b.com': { subdomains: false },
  });
});

test('listing skips keys with a foreign host or value, and other keys', async () => {
  await fakeBrowser.storage.sync.set({
    'site-off/example.com': { subdomains: true },
    'site-off/Not A Host': { subdomains: true },
    'site-off/www.example.org': { subdomains: true },
    'site-off/bad.com': { subdomains: 'yes' },
    'site-off/list.com': ['x'],
    hoverDelayMs: 300,
  });
  expect(await listSites('off')).toEqual([{ host: 'example.com', subdomains: true }]);
});

test('a corrupt rule read by a page is ignored and removed with a warning', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await fakeBrowser.storage.sync.set({ 'site-off/example.com': 'off' });
  const { sites } = await readPageSettings('example.com');
  expect(sites.offSites).toEqual([]);
  await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toEqual({}));
  expect(warn).toHaveBeenCalled();
});

test('a list refuses more than its limit, but may change a listed site', async () => {
  const many = Object.fromEntries(
    Array.from({ length: MAX_LISTED_SITES }, (_, i) => [
      `site-off/s${i}.com`,
      { subdomains: true },
    ]),
  );
  await fakeBrowser.storage.sync.set(many);
  await expect(putSite('off', { host: 'one-more.com', subdomains: true })).rejects.toThrow(
    /at most/,
  );
  await putSite('off', { host: 's1.com', subdomains: false });
  expect((await listSites('off')).find((site) => site.host === 's1.com')?.subdomains).toBe(false);
});

test('sites kept in local when sync is full are listed and read', async () => {
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
    new Error('MAX_ITEMS quota exceeded'),
  );
  await putSite('off', { host: 'example.com', subdomains: true });
  expect(await fakeBrowser.storage.local.get(null)).toEqual({
    'site-off/example.com': { subdomains: true },
  });
  expect(await listSites('off')).toEqual([{ host: 'example.com', subdomains: true }]);
  expect((await readPageSettings('example.com')).sites.offSites).toHaveLength(1);
  await removeSite('off', 'example.com');
  expect(await listSites('off')).toEqual([]);
});

test('the site switch writes the change it computes', async () => {
  await setSiteSwitch('example.com', false);
  expect(await listSites('off')).toEqual([{ host: 'example.com', subdomains: true }]);
  await setSiteSwitch('news.example.com', true);
  expect(await listSites('off')).toEqual([]);
});

test('the site command turns the site’s own switch the other way, in either mode', async () => {
  await setSiteSwitch('example.com');
  expect(await listSites('off')).toEqual([{ host: 'example.com', subdomains: true }]);
  await setSiteSwitch('example.com');
  expect(await listSites('off')).toEqual([]);
  await writeSetting('siteMode', 'only');
  await setSiteSwitch('example.com');
  expect(await listSites('on')).toEqual([{ host: 'example.com', subdomains: true }]);
});

test('replacing a list removes the sites it no longer has', async () => {
  await putSite('off', { host: 'old.com', subdomains: true });
  await putSite('off', { host: 'kept.com', subdomains: true });
  await replaceSites('off', [
    { host: 'kept.com', subdomains: false },
    { host: 'new.com', subdomains: true },
  ]);
  expect(await listSites('off')).toEqual([
    { host: 'kept.com', subdomains: false },
    { host: 'new.com', subdomains: true },
  ]);
});

test('watchers hear about site, mode and switch changes, and nothing else', async () => {
  const heard = vi.fn();
  const stop = watchSites(heard);
  await putSite('on', { host: 'example.com', subdomains: true });
  await writeSetting('siteMode', 'only');
  await writeSetting('enabled', false);
  await writeSetting('hoverDelayMs', 500);
  expect(heard).toHaveBeenCalledTimes(3);
  stop();
});
