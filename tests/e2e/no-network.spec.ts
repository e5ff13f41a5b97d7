import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CHROME_BUILD } from '../../scripts/paths.mjs';
import { CORPUS, corpusPageNames } from '../shared-material';
import { expect, test } from './fixtures';
import type { NetworkGuard } from './network-guard';
import { IMPORTED_STORY_HIGHLIGHTS } from './expectations';
import {
  cleanUpAfterEachTest,
  DATASETS,
  EXAMPLES,
  openOptions,
  optionsSection,
  pickFile,
} from './options-helpers';
import { highlighted, hoverMentions, waitForScan } from './page-helpers';
import { openPopupFor, siteSwitch } from './popup-helpers';
import { waitForQuiet } from './page-watch';

cleanUpAfterEachTest();

// Every Chromium test is guarded by `noForeignRequests` (fixtures.ts), which also watches the
// extension's service worker. These tests go looking: each page is annotated, left until the
// engine is quiet, hovered where it has mentions, and the guard must have seen the page's own
// requests and none of anyone else's.

/** Loads `url`, lets the extension do everything it does there, and checks the requests. */
async function expectNoForeignRequests(page: Page, guard: NetworkGuard, url: string) {
  await guard.takeReport();
  await page.goto(url);
  await waitForScan(page, 30_000);
  await waitForQuiet(page);
  await hoverMentions(page);
  await waitForQuiet(page);
  const { problems, judged } = await guard.takeReport();
  expect(judged, 'the guard saw the page load').toContain(url);
  expect(problems).toEqual([]);
}

for (const path of [
  '/demo/',
  '/fixtures/matching.html',
  '/fixtures/shadow.html',
  '/fixtures/frames.html',
]) {
  test(`no request but the page's own on ${path}`, async ({ page, server, networkGuard }) => {
    await expectNoForeignRequests(page, networkGuard, `${server}${path}`);
  });
}

test('the options page, importing a dataset there, and a page using it make no request', async ({
  context,
  extensionId,
  page,
  server,
  networkGuard,
}) => {
  await networkGuard.takeReport();
  const options = await openOptions(context, extensionId, page);
  await pickFile(options, DATASETS, EXAMPLES.valid);
  await expect(optionsSection(options, DATASETS).getByRole('status')).toContainText('Imported');
  await options.waitForLoadState('networkidle');
  const { problems, judged } = await networkGuard.takeReport();
  expect(judged, 'the guard saw the options page load').toContain(options.url());
  expect(problems).toEqual([]);

  const story = await context.newPage();
  await networkGuard.watch(story);
  await expectNoForeignRequests(story, networkGuard, `${server}/fixtures/imported-story.html`);
  // The dataset is in use (the card left open by the hover adds its "active" highlight).
  const kept = (await highlighted(story)).filter((item) => item.kind !== 'active');
  expect(kept).toEqual(IMPORTED_STORY_HIGHLIGHTS);
  await story.close();
});

// The largest saved pages, and pages about Mexico and the US in English and Spanish. Their own
// scripts are blocked (?noscript), their requests to other hosts refused: both are still seen.
const CORPUS_SAMPLE = [
  'yahoo-2.html',
  'guardian-1.html',
  'wikipedia-2.html',
  'cnn.html',
  'la-nacion.html',
];

test('the sampled corpus pages are there', () => {
  test.skip(CORPUS.skip, CORPUS.message);
  CORPUS.require();
  expect(CORPUS_SAMPLE.filter((name) => !corpusPageNames().includes(name))).toEqual([]);
});

for (const name of CORPUS_SAMPLE) {
  test(`no request but the page's own on the real page ${name}`, async ({
    page,
    server,
    networkGuard,
  }) => {
    test.skip(CORPUS.skip, CORPUS.message);
    CORPUS.require();
    await expectNoForeignRequests(page, networkGuard, `${server}/corpus/${name}?noscript`);
  });
}

// Every HTML page the build ships (a popup, an options page) opened as a tab.
const extensionPages = readdirSync(CHROME_BUILD, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.html'),
);

test('the extension pages load nothing from the network', async ({
  page,
  extensionId,
  networkGuard,
}) => {
  test.skip(extensionPages.length === 0, `${CHROME_BUILD} has no HTML pages yet`);
  for (const file of extensionPages) {
    const url = `chrome-extension://${extensionId}/${file}`;
    await networkGuard.takeReport();
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const { problems, judged } = await networkGuard.takeReport();
    expect(judged, `the guard saw ${file} load`).toContain(url);
    expect(problems, file).toEqual([]);
  }
});

test('the popup acting for a page loads nothing from the network', async ({
  context,
  page,
  server,
  extensionId,
  networkGuard,
}) => {
  await page.goto(`${server}/demo/`);
  await waitForScan(page);
  // Followed before it loads anything, so that every request it makes is judged.
  const blank = await context.newPage();
  await networkGuard.watch(blank);
  await networkGuard.takeReport();
  const popup = await openPopupFor(context, extensionId, page, blank);
  await popup.getByRole('button', { name: /^Claudia Sheinbaum/ }).click();
  await siteSwitch(popup).click();
  await expect.poll(() => highlighted(page)).toEqual([]);
  await popup.waitForLoadState('networkidle');
  const { problems, judged } = await networkGuard.takeReport();
  expect(judged).toContain(popup.url());
  expect(problems).toEqual([]);
});
