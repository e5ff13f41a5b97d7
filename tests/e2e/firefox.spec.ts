import { expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { MATCHING_FIXTURE_HIGHLIGHTS } from './expectations';
import { open, skipWithoutFirefox, test } from './firefox-fixture';
import type { Highlighted } from './page-helpers';
import { readHighlights } from './page-helpers';
import type { PageWatch } from './page-watch';

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
  const { page, errors } = await open(firefoxBrowser, `${server}/fixtures/matching.html`);
  expect(await highlights(page)).toEqual(MATCHING_FIXTURE_HIGHLIGHTS);
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: annotates the demo page without touching its DOM', async ({
  firefoxBrowser,
  server,
}) => {
  const { page, errors } = await open(firefoxBrowser, `${server}/demo/`);
  const found = await highlights(page);
  expect(found).toContainEqual({ kind: 'person', text: 'Claudia Sheinbaum' });
  expect(found.map((item) => item.text.toLowerCase())).not.toContain('trump');
  const watch = await page.evaluate(() =>
    (window as unknown as { readPageWatch: () => PageWatch }).readPageWatch(),
  );
  expect(watch.mutations).toEqual([]);
  expect(watch.htmlNow).toBe(watch.htmlBefore);
  expect(watch.layoutNow).toEqual(watch.layoutBefore);
  expect(Math.max(...(await slices(page)))).toBeLessThan(50);
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: open shadow roots and dynamic content', async ({ firefoxBrowser, server }) => {
  const shadow = await open(firefoxBrowser, `${server}/fixtures/shadow.html`);
  await expect.poll(() => texts(shadow.page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  await shadow.page.close();

  const { page, errors } = await open(firefoxBrowser, `${server}/fixtures/dynamic.html`);
  expect(await texts(page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
  await page.evaluate(() => document.querySelector('#second')!.remove());
  await expect
    .poll(() => texts(page), { timeout: 1000 })
    .toEqual(['Claudia Sheinbaum', 'FIFA', 'Sheinbaum']);
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: a page that overwrites CSS, Range and Node', async ({ firefoxBrowser, server }) => {
  const { page, errors } = await open(
    firefoxBrowser,
    `${server}/fixtures/hostile.html?case=overrides`,
  );
  expect(await texts(page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  expect(errors).toEqual([]);
  await page.close();
});
