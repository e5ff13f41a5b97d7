import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { FIREFOX_BUILD } from '../../scripts/paths.mjs';

// Firefox will not open the extension's own pages (popup, options) under automation, so these
// write its `storage.sync` from the browser window's privileged scope, through the same
// implementation `browser.storage.sync` calls: every open tab sees the usual change events.

const ADDON_ID: string = JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8'))
  .browser_specific_settings.gecko.id;

/** The connection puppeteer keeps to Firefox, for the BiDi commands it has no method for. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

async function inBrowserWindow(browser: Browser, body: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox has no browser window to write storage from');
  const { result } = (await connection.send('script.evaluate', {
    target: { context },
    awaitPromise: true,
    expression: `(async () => {
      const { extensionStorageSync } = ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionStorageSync.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension;
      ${body}
      return 'done';
    })()`,
  })) as { result: { type: string; exceptionDetails?: { text: string } } };
  if (result.type !== 'success') {
    throw new Error(`writing Firefox storage failed: ${JSON.stringify(result)}`);
  }
}

/** `browser.storage.sync.set(items)` in the extension, as its popup or options page would. */
export function setSyncStorage(browser: Browser, items: Record<string, unknown>): Promise<void> {
  return inBrowserWindow(
    browser,
    `await extensionStorageSync.set(extension, ${JSON.stringify(items)}, null);`,
  );
}

/** `browser.storage.sync.remove(keys)` in the extension. */
export function removeSyncStorage(browser: Browser, keys: string[]): Promise<void> {
  return inBrowserWindow(
    browser,
    `await extensionStorageSync.remove(extension, ${JSON.stringify(keys)}, null);`,
  );
}
