import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  readSettings,
  resetSettings,
  watchSettings,
  writeSetting,
  writeSettings,
} from '../../lib/settings/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/values';
import type { Settings } from '../../lib/settings/values';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const stored = async (area: 'sync' | 'local', key: string) =>
  (await fakeBrowser.storage[area].get(key))[key];

test('a new installation reads the defaults', async () => {
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
});

test('every setting written is read back, each under its own sync key', async () => {
  const changed: Settings = {
    enabled: false,
    siteMode: 'only',
    highlightStyle: 'subtle',
    kinds: ['person', 'place'],
    firstMentionOnly: true,
    hoverDelayMs: 750,
    tapOpensCards: false,
    storyOnly: false,
  };
  await writeSettings(changed);
  expect(await readSettings()).toEqual(changed);
  expect(await stored('sync', 'hoverDelayMs')).toBe(750);
  expect(await stored('local', 'hoverDelayMs')).toBeUndefined();
});

test('kinds are stored in a canonical order', async () => {
  await writeSetting('kinds', ['place', 'person']);
  expect((await readSettings()).kinds).toEqual(['person', 'place']);
});

describe('a corrupt, foreign or oversized value', () => {
  test.each<[keyof Settings, unknown]>([
    ['enabled', 'yes'],
    ['enabled', 1],
    ['siteMode', 'sometimes'],
    ['highlightStyle', { style: 'underline' }],
    ['kinds', ['person', 'dragon']],
    ['kinds', ['person', 'person']],
    ['kinds', 'person'],
    ['kinds', Array.from({ length: 10_000 }, () => 'person')],
    ['firstMentionOnly', 0],
    ['hoverDelayMs', 50],
    ['hoverDelayMs', 5000],
    ['hoverDelayMs', 300.5],
    ['hoverDelayMs', '300'],
    ['tapOpensCards', []],
    ['storyOnly', { huge: 'x'.repeat(100_000) }],
  ])(
    '%s = %j reads as the default, is removed with a warning, and loses nothing else',
    async (name, value) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await writeSetting('hoverDelayMs', 900);
      await writeSetting('highlightStyle', 'underline');
      await fakeBrowser.storage.sync.set({ [name]: value });
      const settings = await readSettings();
      expect(settings[name]).toEqual(DEFAULT_SETTINGS[name]);
      await vi.waitFor(async () => expect(await stored('sync', name)).toBeUndefined());
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`"${name}"`));
      const others = { ...settings, [name]: undefined };
      if (name !== 'hoverDelayMs') expect(others.hoverDelayMs).toBe(900);
      if (name !== 'highlightStyle') expect(others.highlightStyle).toBe('underline');
    },
  );

  test('written by a newer version (meta v2) is not removed: that version reads it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ kinds: { person: true }, kinds$: { v: 2 } });
    expect((await readSettings()).kinds).toEqual(DEFAULT_SETTINGS.kinds);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await stored('sync', 'kinds')).toEqual({ person: true });
  });
});

describe('sync storage full or unavailable', () => {
  test('a write sync refuses is kept in local, and read from there', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await writeSetting('hoverDelayMs', 600);
    expect(await stored('local', 'hoverDelayMs')).toBe(600);
    expect((await readSettings()).hoverDelayMs).toBe(600);
  });

  test('a later write that sync accepts moves the value back to sync', async () => {
    await fakeBrowser.storage.local.set({ hoverDelayMs: 600 });
    await writeSetting('hoverDelayMs', 700);
    expect(await stored('sync', 'hoverDelayMs')).toBe(700);
    expect(await stored('local', 'hoverDelayMs')).toBeUndefined();
  });

  test('local wins over sync: it exists only because sync refused a write', async () => {
    await fakeBrowser.storage.sync.set({ hoverDelayMs: 200 });
    await fakeBrowser.storage.local.set({ hoverDelayMs: 800 });
    expect((await readSettings()).hoverDelayMs).toBe(800);
  });

  test('reading works when sync cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    await fakeBrowser.storage.local.set({ firstMentionOnly: true });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, firstMentionOnly: true });
  });
});

test('two tabs changing different settings at once keep both', async () => {
  await Promise.all([writeSetting('hoverDelayMs', 450), writeSetting('firstMentionOnly', true)]);
  const settings = await readSettings();
  expect(settings.hoverDelayMs).toBe(450);
  expect(settings.firstMentionOnly).toBe(true);
});

test('reset puts every setting back to its default', async () => {
  await writeSettings({ enabled: false, kinds: ['event'] });
  await resetSettings();
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
});

test('a change in any context reaches a watcher with all settings', async () => {
  const seen: Settings[] = [];
  const stop = watchSettings((settings) => seen.push(settings));
  await fakeBrowser.storage.sync.set({ highlightStyle: 'underline' });
  await vi.waitFor(() => expect(seen.at(-1)?.highlightStyle).toBe('underline'));
  stop();
  await fakeBrowser.storage.sync.set({ highlightStyle: 'subtle' });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(seen.at(-1)?.highlightStyle).toBe('underline');
});
