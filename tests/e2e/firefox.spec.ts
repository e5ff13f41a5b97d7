import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { resolveFirefox } from '../../scripts/firefox-path.mjs';
import { FIREFOX_BUILD } from '../../scripts/paths.mjs';
import { serverFixture } from './fixtures';
import { MATCHING_FIXTURE_HIGHLIGHTS } from './expectations';
import type { Highlighted } from './page-helpers';
import { readHighlights } from './page-helpers';
import type { PageWatch } from './page-watch';
import { installPageWatch } from './page-watch';

// Firefox with the Firefox build loaded as a temporary add-on. Playwright cannot drive stock
// Firefox, so puppeteer-core does, over WebDriver BiDi; the tests observe the page as the
// Chromium tests do.
const firefox = resolveFirefox();

const test = base.extend<object, { firefoxBrowser: Browser; server: string }>({
  firefoxBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
    async ({}, use) => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefox!,
        headless: true,
      });
      await browser.installExtension(FIREFOX_BUILD);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  server: serverFixture,
});

test.skip(
  !firefox,
  'Firefox not found: install firefox-esr (Debian) or set FIREFOX_PATH to run the Firefox tests',
);

/** Opens `url` in a new tab with the page watch installed, collecting the extension's errors. */
async function open(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (/moz-extension:/.test(`${(error as Error).stack ?? ''}`)) errors.push(String(error));
  });
  await page.evaluateOnNewDocument(installPageWatch);
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
    { timeout: 20_000 },
  );
  return { page, errors };
}

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
