import type { Page } from 'puppeteer-core';
import { expect, openInFirefox, skipWithoutFirefox, test } from './firefox-fixtures';
import { removeSyncStorage, setSyncStorage } from './firefox-storage';
import { readHighlights } from './page-helpers';

skipWithoutFirefox();

const count = async (page: Page) => (await page.evaluate(readHighlights)).length;

/** Waits until `page` has exactly `expected` highlighted mentions. */
const countReaches = (page: Page, expected: number) =>
  expect.poll(() => count(page), { timeout: 10_000 }).toBe(expected);

// What the popup's "Highlight on this site" switch writes for 127.0.0.1 in the default mode
// (siteSwitchChange + applySiteChange: one key per listed site), and the global switch.
const SITE_OFF = { 'site-off/127.0.0.1': { subdomains: true } };

test('Firefox: the site switch, written to storage, takes highlights away and back in every tab of the site, live', async ({
  firefoxBrowser,
  server,
}) => {
  const first = await openInFirefox(firefoxBrowser, `${server}/demo/`);
  const second = await openInFirefox(firefoxBrowser, `${server}/fixtures/matching.html`);
  const other = await openInFirefox(
    firefoxBrowser,
    `${server.replace('127.0.0.1', 'localhost')}/demo/`,
  );
  const shown = await count(first.page);
  expect(shown).toBeGreaterThan(0);
  const shownSecond = await count(second.page);
  try {
    await setSyncStorage(firefoxBrowser, SITE_OFF);
    await countReaches(first.page, 0);
    await countReaches(second.page, 0);
    expect(await count(other.page)).toBe(shown);

    await removeSyncStorage(firefoxBrowser, Object.keys(SITE_OFF));
    await countReaches(first.page, shown);
    await countReaches(second.page, shownSecond);

    // The global switch: every site goes dark, and comes back.
    await setSyncStorage(firefoxBrowser, { enabled: false });
    await countReaches(other.page, 0);
    await countReaches(first.page, 0);
    await removeSyncStorage(firefoxBrowser, ['enabled']);
    await countReaches(other.page, shown);
    for (const { errors } of [first, second, other]) expect(errors).toEqual([]);
  } finally {
    await removeSyncStorage(firefoxBrowser, [...Object.keys(SITE_OFF), 'enabled']);
    for (const { page } of [first, second, other]) await page.close();
  }
});
