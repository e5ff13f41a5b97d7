import { ENTRY_KINDS } from '../../lib/dataset/types';
import { MATCHING_FIXTURE_HIGHLIGHTS } from './expectations';
import {
  expect,
  openInFirefox,
  skipWithoutFirefox,
  test,
  waitForQuietInFirefox,
} from './firefox-fixtures';
import { expectHighlightLooks, highlightLooksInPage, ourHighlightNamesInPage } from './looks';
import type { Highlighted } from './page-helpers';
import { longestSlice, LONGEST_SLICE_MS, readHighlights } from './page-helpers';
import { pageWatchProblems, readWatchInPage } from './page-watch';
import type { Page } from 'puppeteer-core';

skipWithoutFirefox();

const highlights = (page: Page): Promise<Highlighted[]> => page.evaluate(readHighlights);
const texts = async (page: Page) => (await highlights(page)).map((item) => item.text);
const slices = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByName('context-cards:slice').map((entry) => entry.duration),
  );

test('Firefox: highlights exactly the mentions of the matching fixture', async ({
  firefoxBrowser,
  server,
}) => {
  const { page, errors } = await openInFirefox(firefoxBrowser, `${server}/fixtures/matching.html`);
  expect(await highlights(page)).toEqual(MATCHING_FIXTURE_HIGHLIGHTS);
  expect(errors).toEqual([]);
  await page.close();
});

for (const path of ['/demo/', '/fixtures/shadow.html']) {
  test(`Firefox: annotates ${path} without touching its DOM, shadow trees or layout`, async ({
    firefoxBrowser,
    server,
  }) => {
    const { page, errors } = await openInFirefox(firefoxBrowser, `${server}${path}`);
    expect(await highlights(page)).not.toHaveLength(0);
    await waitForQuietInFirefox(page);
    const watch = await page.evaluate(readWatchInPage);
    expect(watch && pageWatchProblems(watch)).toEqual([]);
    expect(longestSlice(await slices(page))).toBeLessThan(LONGEST_SLICE_MS);
    expect(errors).toEqual([]);
    await page.close();
  });
}

test('Firefox: the demo keeps the story and drops the trump card', async ({
  firefoxBrowser,
  server,
}) => {
  const { page } = await openInFirefox(firefoxBrowser, `${server}/demo/`);
  const found = await highlights(page);
  expect(found).toContainEqual({ kind: 'person', text: 'Claudia Sheinbaum' });
  expect(found.map((item) => item.text.toLowerCase())).not.toContain('trump');
  await page.close();
});

test('Firefox: each kind has its own highlight style, in the document and a shadow root', async ({
  firefoxBrowser,
  server,
}) => {
  const { page } = await openInFirefox(firefoxBrowser, `${server}/fixtures/kinds.html`);
  await expect.poll(async () => (await highlights(page)).length).toBe(2 * ENTRY_KINDS.length);
  const names = await page.evaluate(ourHighlightNamesInPage);
  expectHighlightLooks(names, await page.evaluate(highlightLooksInPage, names));
  await page.close();
});

test('Firefox: open shadow roots and dynamic content', async ({ firefoxBrowser, server }) => {
  const shadow = await openInFirefox(firefoxBrowser, `${server}/fixtures/shadow.html`);
  await expect.poll(() => texts(shadow.page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  await shadow.page.close();

  const { page, errors } = await openInFirefox(firefoxBrowser, `${server}/fixtures/dynamic.html`);
  expect(await texts(page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
  await page.evaluate(() => document.querySelector('#second')!.remove());
  // The loaded item is an <article> naming Sheinbaum and FIFA only: her name shows itself,
  // while FIFA, an everyday entry, waits for an item about the story (as in Chromium).
  await expect
    .poll(() => texts(page), { timeout: 1000 })
    .toEqual(['Claudia Sheinbaum', 'Sheinbaum']);
  expect(errors).toEqual([]);
  await page.close();
});

// Firefox gives content scripts X-ray views of the page's objects, so what a page overwrites
// in its own world never reaches them. This fails if the script ever ran in the page's world.
test('Firefox: runs apart from the page, whose overwritten CSS, Range and Node do not reach it', async ({
  firefoxBrowser,
  server,
}) => {
  const { page, errors } = await openInFirefox(
    firefoxBrowser,
    `${server}/fixtures/hostile.html?case=overrides`,
  );
  expect(await texts(page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  expect(errors).toEqual([]);
  await page.close();
});
