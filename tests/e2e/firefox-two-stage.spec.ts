// Firefox: the content script's page stage is imported only where something may be shown, and
// its second stage (drawing, the card) only where something is, as in Chromium
// (two-stage.spec.ts), from the MV2 build's web-accessible modules.
import type { Page } from 'puppeteer-core';
import { expect, openInFirefox, skipWithoutFirefox, test } from './firefox-fixtures';

skipWithoutFirefox();

const secondStageLoaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('context-cards:second-stage').length > 0);
const pageStageLoaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('context-cards:page-stage').length > 0);

test('Firefox: a page without the story never loads the second stage', async ({
  firefoxBrowser,
  server,
}) => {
  for (const path of ['/fixtures/no-mentions.html', '/fixtures/unrelated.html']) {
    const { page, errors } = await openInFirefox(firefoxBrowser, `${server}${path}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await pageStageLoaded(page), path).toBe(false);
    expect(await secondStageLoaded(page), path).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }
});

test('Firefox: a story page loads the second stage, which draws', async ({
  firefoxBrowser,
  server,
}) => {
  const { page, errors } = await openInFirefox(firefoxBrowser, `${server}/fixtures/matching.html`);
  expect(await pageStageLoaded(page)).toBe(true);
  expect(await secondStageLoaded(page)).toBe(true);
  expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});
