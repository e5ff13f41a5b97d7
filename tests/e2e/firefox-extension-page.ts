import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { FIREFOX_BUILD } from '../../scripts/paths.mjs';

// Puppeteer cannot navigate a tab to the add-on's `moz-extension://` pages, but the browser
// window's privileged scope (reachable with `-remote-allow-system-access`, see
// firefox-fixtures.ts) can open one as a background tab, and WebDriver BiDi then evaluates
// scripts in it like in any tab: there the `browser` API is the extension's own, so a test can
// do what the popup or the editor does (`browser.tabs.sendMessage` to a tab's content script).

const ADDON_ID: string = JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8'))
  .browser_specific_settings.gecko.id;

/** The connection puppeteer keeps to Firefox, for the BiDi commands it has no method for. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

const connectionOf = (browser: Browser) =>
  (browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates `expression` (awaiting a promise) in the BiDi browsing context `context`. */
async function evaluateIn(browser: Browser, context: string, expression: string): Promise<unknown> {
  const { result } = (await connectionOf(browser).send('script.evaluate', {
    target: { context },
    awaitPromise: true,
    expression,
  })) as { result: EvaluateResult };
  if (result.type !== 'success') {
    throw new Error(
      `evaluation failed: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`,
    );
  }
  return result.result?.value;
}

async function contexts(
  browser: Browser,
  scope?: 'chrome',
): Promise<{ context: string; url: string }[]> {
  const params = scope ? { 'moz:scope': scope } : {};
  const tree = (await connectionOf(browser).send('browsingContext.getTree', params)).result as {
    contexts: { context: string; url: string }[];
  };
  return tree.contexts;
}

/** Evaluates `body` (an async function's body) in the browser window's privileged scope. */
async function inBrowserWindow(browser: Browser, body: string): Promise<unknown> {
  const context = (await contexts(browser, 'chrome'))[0]?.context;
  if (!context) throw new Error('Firefox has no browser window');
  return evaluateIn(browser, context, `(async () => { ${body} })()`);
}

/** An extension page open in a background tab. */
export interface FirefoxExtensionPage {
  url: string;
  /** Evaluates `expression` in the page; give plain JSON-able values back (e.g. a string). */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Opens the add-on's page `path` (e.g. `options.html`) in a background tab, once loaded. */
export async function openExtensionPage(
  browser: Browser,
  path: string,
): Promise<FirefoxExtensionPage> {
  const url = (await inBrowserWindow(
    browser,
    `const url = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).getURL(${JSON.stringify(path)});
     gBrowser.addTab(url, {
       triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
     });
     return url;`,
  )) as string;
  let context: string | undefined;
  for (const started = Date.now(); Date.now() - started < 10_000;) {
    context = (await contexts(browser)).find((each) => each.url === url)?.context;
    if (context && (await evaluateIn(browser, context, 'document.readyState')) === 'complete') {
      break;
    }
    context = undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!context) throw new Error(`${url} did not open`);
  const opened = context;
  return {
    url,
    evaluate: (expression) => evaluateIn(browser, opened, expression),
    close: async () => {
      await connectionOf(browser).send('browsingContext.close', { context: opened });
    },
  };
}

/** The WebExtension tab id of the (first) tab showing `url`, as `browser.tabs` knows it. */
export async function extensionTabIdOf(browser: Browser, url: string): Promise<number> {
  const id = await inBrowserWindow(
    browser,
    `const { ExtensionParent } = ChromeUtils.importESModule(
       'resource://gre/modules/ExtensionParent.sys.mjs');
     const tab = [...gBrowser.tabs].find(
       (each) => each.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
     return tab ? ExtensionParent.apiManager.global.tabTracker.getId(tab) : -1;`,
  );
  if (typeof id !== 'number' || id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}
