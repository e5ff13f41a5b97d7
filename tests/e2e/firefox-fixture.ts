import { test as base } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { resolveFirefox } from '../../scripts/firefox-path.mjs';
import { FIREFOX_BUILD } from '../../scripts/paths.mjs';
import { serverFixture } from './fixtures';
import { installPageWatch } from './page-watch';

// Firefox with the Firefox build loaded as a temporary add-on. Playwright cannot drive stock
// Firefox, so puppeteer-core does, over WebDriver BiDi; the tests observe the page as the
// Chromium tests do.

/** Firefox's executable, or undefined when none is installed. */
export const firefox = resolveFirefox();

/** Playwright `test` with a worker's Firefox (`firefoxBrowser`) and the static server. */
export const test = base.extend<object, { firefoxBrowser: Browser; server: string }>({
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

/** Skips the file's tests, with the reason, where there is no Firefox. */
export function skipWithoutFirefox(): void {
  test.skip(
    !firefox,
    'Firefox not found: install firefox-esr (Debian) or set FIREFOX_PATH to run the Firefox tests',
  );
}

/** Opens `url` in a new tab with the page watch installed, collecting the extension's errors. */
export async function open(
  browser: Browser,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
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
