// The first stage's gate (lib/scout/scout-gate.ts) reads the raw keys without WXT storage: it must
// decide exactly as the page stage's gate (lib/settings/site-lists.ts) does, whatever storage holds.

import { fc, test } from '@fast-check/vitest';
import { beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readScoutGate } from '../../lib/scout/scout-gate';
import { SCOUT_TABLE } from '../../lib/settings/imported-dataset-keys';
import { readPageSettings } from '../../lib/settings/site-lists';
import { siteVerdict } from '../../lib/sites/site-rules';

vi.mock('@wxt-dev/browser', () => ({ browser: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const HOST = 'news.example.com';
// Values as storage may hold them: valid, corrupt, or written by hand.
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.boolean(),
  fc.constantFrom('all', 'only', 'sometimes'),
  fc.constant({ subdomains: true }),
  fc.constant({ subdomains: false }),
  fc.constant({ subdomains: 'yes' }),
  fc.integer(),
);
const KEYS = [
  'enabled',
  'siteMode',
  'storyOnly',
  'site-off/example.com',
  'site-off/news.example.com',
  'site-on/example.com',
  'site-on/news.example.com',
  'site-off/other.org',
];
const area = fc.record(Object.fromEntries(KEYS.map((key) => [key, anyValue])), {
  requiredKeys: [],
});

async function store(name: 'sync' | 'local', values: Record<string, unknown>): Promise<void> {
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  await fakeBrowser.storage[name].set(defined);
}

test.prop([area, area])(
  'decides as the page stage does, for any mix of sync and local values',
  async (sync, local) => {
    fakeBrowser.reset();
    await store('sync', sync);
    await store('local', local);
    const scout = await readScoutGate(HOST);
    const { settings, sites } = await readPageSettings(HOST);
    expect(scout.verdict).toEqual(siteVerdict(HOST, sites));
    expect(scout.storyOnly).toBe(settings.storyOnly);
  },
);

test('the stored scout table is read with the settings', async () => {
  await fakeBrowser.storage.local.set({ [SCOUT_TABLE]: { format: 1 } });
  expect((await readScoutGate(HOST)).storedTable).toEqual({ format: 1 });
});

test('an unavailable sync area reads as empty', async () => {
  vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
  await fakeBrowser.storage.local.set({ enabled: false });
  const gate = await readScoutGate(HOST);
  expect(gate.verdict).toMatchObject({ on: false, reason: 'extension-off' });
});
