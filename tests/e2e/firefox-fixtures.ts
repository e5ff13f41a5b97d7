import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { resolveFirefox } from '../../scripts/firefox-path.mjs';
import { FIREFOX_BUILD } from '../../scripts/paths.mjs';
import { ON_CI } from '../shared-material';
import { serverFixture } from './fixtures';
import { PAGE_WATCH_OPTIONS, QUIET_PERIOD_MS } from './page-watch';
import { engineIsQuiet, installPageWatch } from './page-watch-script';
import type { RecordingProxy } from './recording-proxy';
import { firefoxProxyPrefs, foreignRequests, startRecordingProxy } from './recording-proxy';

// Firefox with the Firefox build loaded as a temporary add-on. Playwright cannot drive stock
// Firefox, so puppeteer-core does, over WebDriver BiDi; the tests observe the page as the
// Chromium tests do. All of Firefox's traffic goes through a recording proxy: its content
// scripts' requests are invisible to BiDi's network events, but not to a proxy.

const firefox = resolveFirefox();
const NO_FIREFOX =
  'Firefox not found: install firefox-esr (Debian) or set FIREFOX_PATH to run the Firefox tests';

/**
 * Starts Firefox headless with all its traffic through `proxy`, without the extension; in the
 * profile `userDataDir` when given (a new temporary one otherwise).
 */
export function launchFirefox(
  proxy: RecordingProxy,
  userDataDir?: string,
  prefs: Record<string, string | number | boolean> = {},
): Promise<Browser> {
  // On CI a missing Firefox fails every Firefox test with this message, rather than skip them.
  if (!firefox) throw new Error(`${NO_FIREFOX} (CI set: failing)`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    extraPrefsFirefox: { ...QUIET_FIREFOX, ...firefoxProxyPrefs(proxy), ...prefs },
    // Lets a test write the extension's storage from the browser's own window, as the popup
    // and options do (firefox-storage.ts): Firefox cannot open the extension's pages in tests.
    args: ['-remote-allow-system-access'],
    ...(userDataDir ? { userDataDir } : {}),
  });
}

// Firefox's own checks for a captive portal and for connectivity fetch plain-HTTP pages of its
// own (detectportal.firefox.com) at start-up; nothing of the tests needs them.
const QUIET_FIREFOX = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

interface FirefoxWorker {
  /** The worker's recording proxy, through which Firefox sends all its traffic. */
  recordingProxy: RecordingProxy;
  /** Firefox with the extension installed. */
  firefoxBrowser: Browser;
  server: string;
}

/** Playwright `test` for Firefox; every test fails on a request that no test page made. */
export const test = base.extend<{ noForeignRequests: undefined }, FirefoxWorker>({
  recordingProxy: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires an object pattern here.
    async ({}, use) => {
      const proxy = await startRecordingProxy();
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],
  firefoxBrowser: [
    async ({ recordingProxy }, use) => {
      const browser = await launchFirefox(recordingProxy);
      await browser.installExtension(FIREFOX_BUILD);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  server: serverFixture,
  noForeignRequests: [
    async ({ recordingProxy }, use) => {
      await use(undefined);
      expect(foreignRequests(recordingProxy.take()), 'requests no test page made').toEqual([]);
    },
    { auto: true },
  ],
});

/** Skips the calling file's tests without a Firefox, except on CI, where they fail. */
export function skipWithoutFirefox(): void {
  test.skip(!firefox && !ON_CI, NO_FIREFOX);
}

/** A Firefox tab and the errors the extension's code throws in it. */
export interface FirefoxPage {
  page: Page;
  errors: string[];
}

/** Opens `url` in a new tab with the page watch installed and waits for the extension's pass. */
export async function openInFirefox(browser: Browser, url: string): Promise<FirefoxPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (/moz-extension:/.test(`${(error as Error).stack ?? ''}`)) errors.push(String(error));
  });
  await page.evaluateOnNewDocument(installPageWatch, PAGE_WATCH_OPTIONS);
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
    { timeout: 20_000 },
  );
  return { page, errors };
}

/** Waits until the extension is quiet in `page` (see `engineIsQuiet`). */
export async function waitForQuietInFirefox(page: Page): Promise<void> {
  await page.waitForFunction(engineIsQuiet, { timeout: 20_000, polling: 100 }, QUIET_PERIOD_MS);
}

export { expect };
