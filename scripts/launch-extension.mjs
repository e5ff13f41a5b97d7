// Starts Chromium with the built extension loaded, for the end-to-end tests and the demo.
import { chromium } from '@playwright/test';
import { resolveChromium } from './browser-path.mjs';
import { CHROME_BUILD } from './paths.mjs';

/**
 * A persistent Chromium context (extensions need one) with the built extension loaded, or
 * another extension (`extensionDir`), or none (`extensionDir: null`, for baselines).
 * `userDataDir` and `extraArgs` let a caller reach the browser again (e.g. over CDP).
 * @param {{ headless?: boolean, extensionDir?: string | null, viewport?: { width: number, height: number } | null, userDataDir?: string, extraArgs?: string[] }} [options]
 * @returns {Promise<import('@playwright/test').BrowserContext>}
 */
export function launchWithExtension({
  headless = true,
  extensionDir = CHROME_BUILD,
  viewport,
  userDataDir = '',
  extraArgs = [],
} = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: resolveChromium(),
    headless,
    ...(viewport !== undefined ? { viewport } : {}),
    args: [
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      // This machine has no network: keep Chromium from trying to reach its services.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/**
 * The extension's id, read from its service worker's URL.
 * @param {import('@playwright/test').BrowserContext} context
 * @returns {Promise<string>}
 */
export async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/**
 * The id of the active tab, asked of the extension's service worker; the pages the demo opens
 * as `?tab=<id>` act for it.
 * @param {import('@playwright/test').BrowserContext} context
 * @returns {Promise<number>}
 */
export async function activeTabIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => (await globalThis.chrome.tabs.query({ active: true }))[0].id);
}
