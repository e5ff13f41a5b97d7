// Firefox: the story editor's way to a page's article. The editor (an extension page) asks the
// tab's content script for a snapshot of the page (`get-page-snapshot`, answered by
// lib/page/page-snapshot.ts) and runs Readability on it (lib/editor/extract-article.ts). Here
// an extension page of the add-on sends that request as the editor does, the page is checked
// unchanged, and the extraction runs in Firefox, in that extension page, on the answer.
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/paths.mjs';
import type { ArticleText } from '../../lib/editor/editor-types';
import type { PageSnapshot, PageState } from '../../lib/messages';
import type { FirefoxExtensionPage } from './firefox-extension-page';
import { extensionTabIdOf, openExtensionPage } from './firefox-extension-page';
import {
  expect,
  openInFirefox,
  skipWithoutFirefox,
  test,
  waitForQuietInFirefox,
} from './firefox-fixtures';
import { removeSyncStorage, setSyncStorage } from './firefox-storage';

skipWithoutFirefox();

const COUNCIL = '/fixtures/editor/council-article.html';
// What the popup's site switch writes to turn Context Cards off on 127.0.0.1 (see
// firefox-site-switch.spec.ts).
const SITE_OFF = { 'site-off/127.0.0.1': { subdomains: true } };

const ARTICLE = [
  'Mayor Inés Carvajal, who made the tram the centrepiece of her campaign',
  'The Riverton City Council voted 7 to 4 early on Wednesday to approve the Harbor Line',
  '“Riverton has waited fifty years for a tram. It can wait three more,” said Okafor.',
];
// The page's clutter, one string from each kind: cookie banner, navigation, adverts, share
// tools, comments, related stories, "Most read", newsletter, footer.
const CLUTTER = [
  'Accept all cookies',
  'Subscribe for one dollar a week',
  'Sunny Acres Mattress Outlet',
  'Lakeside Auto Insurance',
  'Share on Facebook',
  'harborwatcher77',
  'fix the potholes first',
  'Related stories',
  'Most read',
  'Riverton Rovers lose the derby',
  'Get the morning briefing',
  'All rights reserved',
];

/** What the editor page does to ask the tab's top frame (lib/ask-page.ts), from `extensionPage`. */
async function askTab<T>(extensionPage: FirefoxExtensionPage, tabId: number, type: string) {
  const answer = await extensionPage.evaluate(
    `browser.tabs.sendMessage(${tabId}, { type: ${JSON.stringify(type)} }, { frameId: 0 })
       .then((answer) => JSON.stringify(answer ?? null))`,
  );
  return JSON.parse(answer as string) as T | null;
}

/** The tab's page state, or null while its content script has not started listening. */
async function pageStateOnceListening(extensionPage: FirefoxExtensionPage, tabId: number) {
  try {
    return await askTab<PageState>(extensionPage, tabId, 'get-page-state');
  } catch (error) {
    if (String(error).includes('Receiving end does not exist')) return null;
    throw error;
  }
}

/** Records every change to the page's DOM from now on, in the page. */
const watchMutations = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) seen.push(`${record.type} ${record.target.nodeName}`);
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    Object.assign(window, {
      takeMutations: () => [...seen, ...observer.takeRecords().map((record) => record.type)],
    });
  });

const takeMutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { takeMutations(): string[] }).takeMutations());

const documentHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** Asks for `page`'s snapshot and checks the answer is the page, which stays as it was. */
async function snapshotOf(
  browser: Browser,
  extensionPage: FirefoxExtensionPage,
  page: Page,
): Promise<PageSnapshot> {
  const tabId = await extensionTabIdOf(browser, page.url());
  const before = await documentHtml(page);
  await watchMutations(page);
  const snapshot = await askTab<PageSnapshot>(extensionPage, tabId, 'get-page-snapshot');
  // Mutation records are delivered in a microtask; a short wait lets any late change show too.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await takeMutations(page), 'changes to the page').toEqual([]);
  expect(await documentHtml(page), 'the page after the snapshot').toBe(before);

  expect(snapshot).not.toBeNull();
  expect(snapshot!.url).toBe(page.url());
  expect(snapshot!.title).toBe(await page.title());
  expect(snapshot!.lang).toBe('en');
  expect(snapshot!.html).toBe(`<!DOCTYPE html>\n${before}`);
  return snapshot!;
}

// lib/editor/extract-article.ts and Readability, bundled for a browser page, as the editor
// page's own bundle has them.
let extractorBundle: Promise<string> | undefined;
const bundleExtractor = () =>
  (extractorBundle ??= build({
    entryPoints: [`${ROOT}lib/editor/extract-article.ts`],
    bundle: true,
    format: 'iife',
    globalName: 'extractor',
    platform: 'browser',
    target: 'firefox140',
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text));

/** `extractArticle(snapshot)` run in `extensionPage`. */
async function extractIn(
  extensionPage: FirefoxExtensionPage,
  snapshot: PageSnapshot,
): Promise<ArticleText | null> {
  const answer = await extensionPage.evaluate(
    `(() => {
      ${await bundleExtractor()}
      const article = extractor.extractArticle(${JSON.stringify(snapshot)});
      return JSON.stringify(article);
    })()`,
  );
  return JSON.parse(answer as string) as ArticleText | null;
}

function expectTheArticleOnly(article: ArticleText | null, url: string): void {
  expect(article).not.toBeNull();
  const text = article!.paragraphs.join('\n');
  for (const passage of ARTICLE) expect(text).toContain(passage);
  for (const clutter of CLUTTER) expect(text, 'clutter in the article').not.toContain(clutter);
  expect(article!.title).toBe('Riverton council approves Harbor Line tram after late-night vote');
  expect(article!.byline).toContain('Marisol Pratt');
  expect(article!.lang).toBe('en');
  expect(article!.url).toBe(url);
}

test('Firefox: the editor gets the page from the content script, unchanged, and its article without the clutter', async ({
  firefoxBrowser,
  server,
}) => {
  const { page, errors } = await openInFirefox(firefoxBrowser, `${server}${COUNCIL}`);
  await waitForQuietInFirefox(page);
  const extensionPage = await openExtensionPage(firefoxBrowser, 'options.html');
  try {
    const snapshot = await snapshotOf(firefoxBrowser, extensionPage, page);
    for (const passage of ARTICLE.slice(0, 2)) expect(snapshot.html).toContain(passage);

    expectTheArticleOnly(await extractIn(extensionPage, snapshot), page.url());
    expect(errors).toEqual([]);
  } finally {
    await extensionPage.close();
    await page.close();
  }
});

test('Firefox: a page on a site where Context Cards is off still gives the editor its snapshot', async ({
  firefoxBrowser,
  server,
}) => {
  await setSyncStorage(firefoxBrowser, SITE_OFF);
  const page = await firefoxBrowser.newPage();
  const extensionPage = await openExtensionPage(firefoxBrowser, 'options.html');
  try {
    await page.goto(`${server}${COUNCIL}`);
    const tabId = await extensionTabIdOf(firefoxBrowser, page.url());
    // The content script runs there, and knows the site is off. Until it has started (after
    // the load event `goto` waits for), the tab has no listener and the request is refused.
    await expect
      .poll(async () => (await pageStateOnceListening(extensionPage, tabId))?.status, {
        timeout: 10_000,
      })
      .toBe('site-off');

    const snapshot = await snapshotOf(firefoxBrowser, extensionPage, page);
    expectTheArticleOnly(await extractIn(extensionPage, snapshot), page.url());
  } finally {
    await removeSyncStorage(firefoxBrowser, Object.keys(SITE_OFF));
    await extensionPage.close();
    await page.close();
  }
});
