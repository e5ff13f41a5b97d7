import type { Browser } from 'puppeteer-core';
import { FIREFOX_BUILD } from '../../scripts/paths.mjs';
import { CORPUS } from '../shared-material';
import {
  expect,
  launchFirefox,
  skipWithoutFirefox,
  test,
  waitForQuietInFirefox,
} from './firefox-fixtures';
import { mentionPointsInPage } from './page-helpers';
import { installPageWatch } from './page-watch-script';
import { PAGE_WATCH_OPTIONS } from './page-watch';
import type { RecordingProxy } from './recording-proxy';
import { foreignRequests, startRecordingProxy } from './recording-proxy';

skipWithoutFirefox();

// The page's own requests are what Firefox sends for it without the extension. The same
// Firefox then installs the extension and loads each page again: anything it sends now that it
// did not send before, the extension sent.
const PAGES = [
  '/demo/',
  '/fixtures/matching.html',
  '/fixtures/shadow.html',
  '/fixtures/frames.html',
];
const CORPUS_PAGES = ['/corpus/guardian-1.html?noscript', '/corpus/la-nacion.html?noscript'];

/** Every request Firefox sent while it loaded `path`, let the extension finish and hovered. */
async function requestsFor(
  browser: Browser,
  proxy: RecordingProxy,
  url: string,
  annotated: boolean,
) {
  proxy.take();
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(installPageWatch, PAGE_WATCH_OPTIONS);
  await page.goto(url, { waitUntil: 'load' });
  if (annotated) {
    await waitForQuietInFirefox(page);
    for (const { x, y } of await page.evaluate(mentionPointsInPage, 10))
      await page.mouse.move(x, y);
    await waitForQuietInFirefox(page);
  }
  await page.close();
  return proxy.take();
}

test("Firefox: no request but the pages' own, on fixtures and real pages", async ({ server }) => {
  test.setTimeout(120_000);
  // Without the corpus the fixtures still run here (the corpus tests say it is missing); on CI
  // its absence fails.
  if (!CORPUS.skip) CORPUS.require();
  const paths = CORPUS.present ? [...PAGES, ...CORPUS_PAGES] : PAGES;
  const proxy = await startRecordingProxy();
  const browser = await launchFirefox(proxy);
  try {
    const own = new Map<string, Set<string>>();
    for (const path of paths) {
      const sent = await requestsFor(browser, proxy, `${server}${path}`, false);
      own.set(path, new Set(sent.map((request) => request.line)));
      expect(
        sent.map((request) => request.line),
        `${path} was seen`,
      ).toContain(`GET ${server}${path}`);
    }
    await browser.installExtension(FIREFOX_BUILD);
    for (const path of paths) {
      const sent = await requestsFor(browser, proxy, `${server}${path}`, true);
      const added = sent.filter((request) => !own.get(path)!.has(request.line));
      expect([...foreignRequests(sent), ...added.map((request) => request.line)], path).toEqual([]);
    }
  } finally {
    await browser.close();
    await proxy.close();
  }
});
