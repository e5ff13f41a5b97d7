import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SyncedValue } from '../../lib/settings/synced-value';

beforeEach(() => fakeBrowser.reset());

// A value whose shape changed between versions: v1 stored a number of seconds, v2 an object.
const parse = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { ms?: unknown }).ms === 'number'
    ? (value as { ms: number })
    : undefined;
const migrations = { 2: (seconds: unknown) => ({ ms: Number(seconds) * 1000 }) };

test('an old version is migrated by WXT before it is read and checked', async () => {
  await fakeBrowser.storage.sync.set({ delay: 2 });
  const value = new SyncedValue('delay', parse, { ms: 0 }, 2, migrations);
  expect(await value.get()).toEqual({ ms: 2000 });
  expect((await fakeBrowser.storage.sync.get('delay$'))['delay$']).toEqual({ v: 2 });
});

test('a migration that yields a corrupt value reads as the fallback and is removed', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await fakeBrowser.storage.sync.set({ delay: 'soon' });
  const value = new SyncedValue('delay', parse, { ms: 0 }, 2, {
    2: () => ({ ms: 'soon' }),
  });
  expect(await value.get()).toEqual({ ms: 0 });
  await vi.waitFor(async () =>
    expect((await fakeBrowser.storage.sync.get('delay'))['delay']).toBeUndefined(),
  );
  expect(warn).toHaveBeenCalled();
});

test('a value set at the current version reads back unchanged, with its version', async () => {
  const value = new SyncedValue('delay', parse, { ms: 0 }, 2, migrations);
  await value.set({ ms: 350 });
  expect(await value.get()).toEqual({ ms: 350 });
  const again = new SyncedValue('delay', parse, { ms: 0 }, 2, migrations);
  expect(await again.get()).toEqual({ ms: 350 });
});
