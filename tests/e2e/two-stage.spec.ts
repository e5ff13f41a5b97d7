// The content script's stages: every page and frame runs the first (settings, the page's words,
// the scout's bound); the page stage (page engine, matcher, relevance decision) is imported only
// where something may be shown or a reader asks, and the second (drawing, the card, Preact,
// Floating UI) only where something is shown.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlightedTexts, latestScan, pageState, waitForScan } from './page-helpers';
import { clearStorage, writeStorage } from './storage-helpers';

const SECOND_STAGE_MARK = 'context-cards:second-stage';
const PAGE_STAGE_MARK = 'context-cards:page-stage';

/** True when the frame's content script imported the page stage. */
function pageStageLoaded(target: Page | Frame): Promise<boolean> {
  return target.evaluate((mark) => performance.getEntriesByName(mark).length > 0, PAGE_STAGE_MARK);
}

/** True when the frame's content script imported the second stage (its mark is in the page). */
function secondStageLoaded(target: Page | Frame): Promise<boolean> {
  return target.evaluate(
    (mark) => performance.getEntriesByName(mark).length > 0,
    SECOND_STAGE_MARK,
  );
}

/** True when the frame fetched the second stage's file (its resource timing). */
function secondStageFetched(target: Page | Frame): Promise<boolean> {
  return target.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.includes('/content-scripts/second-stage/')),
  );
}

// By name first: the advert and the hidden frame load the same file, in either order.
function frameOf(page: Page, id: string): Frame {
  const frames = page.frames();
  const frame =
    frames.find((candidate) => candidate.name() === id) ??
    frames.find((candidate) => candidate.url().includes(id));
  if (!frame) throw new Error(`no frame ${id}`);
  return frame;
}

for (const fixture of ['no-mentions.html', 'unrelated.html']) {
  test(`a page without the story (${fixture}) never loads the second stage`, async ({
    page,
    context,
    server,
  }) => {
    await page.goto(`${server}/fixtures/${fixture}`);
    await waitForScan(page);
    await page.waitForTimeout(300);
    expect(await pageStageLoaded(page)).toBe(false);
    // The popup asking for the page's state loads the page stage, which reads the page and
    // answers; nothing is shown, so the second stage stays unloaded.
    const state = await pageState(context, page);
    expect(await pageStageLoaded(page)).toBe(true);
    expect(state.status).toBe('on');
    expect(state.mentions.total).toBe(0);
    await page.waitForTimeout(300);
    expect(await secondStageLoaded(page)).toBe(false);
    expect(await secondStageFetched(page)).toBe(false);
  });
}

test('a story page loads the second stage and draws', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/matching.html`);
  await waitForScan(page);
  expect(await pageStageLoaded(page)).toBe(true);
  expect(await secondStageLoaded(page)).toBe(true);
  expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
});

test('a site turned off loads nothing', async ({ page, context, server }) => {
  await page.goto(`${server}/fixtures/matching.html`);
  await waitForScan(page);
  await writeStorage(context, 'sync', { 'site-off/127.0.0.1': { subdomains: false } });
  try {
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await pageStageLoaded(page)).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
  } finally {
    // The browser is shared by the worker's tests.
    await clearStorage(context);
  }
});

test('only the frame with the story loads the second stage', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/frames-stages.html`);
  const story = frameOf(page, 'frame-child.html');
  const advert = frameOf(page, 'advert');
  for (const frame of [page.mainFrame(), story, advert]) await waitForScan(frame);
  await page.waitForTimeout(300);
  expect(await secondStageLoaded(story)).toBe(true);
  expect(await highlightedTexts(story)).toEqual(['Gianni Infantino', 'Marco Rubio']);
  expect(await pageStageLoaded(story)).toBe(true);
  for (const frame of [page.mainFrame(), advert]) {
    expect(await pageStageLoaded(frame), frame.url()).toBe(false);
    expect(await secondStageLoaded(frame), frame.url()).toBe(false);
    expect(await secondStageFetched(frame), frame.url()).toBe(false);
  }
});

test('a frame of no size does not scan until it is given one', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/frames-stages.html`);
  const hidden = frameOf(page, 'hidden');
  await waitForScan(frameOf(page, 'advert'));
  await page.waitForTimeout(500);
  expect(await latestScan(hidden)).toBe(-1);
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('#hidden')!;
    frame.width = '300';
    frame.height = '60';
  });
  await waitForScan(hidden);
});

test('a page that gains the story later loads the second stage then', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/no-mentions.html`);
  await waitForScan(page);
  expect(await pageStageLoaded(page)).toBe(false);
  expect(await secondStageLoaded(page)).toBe(false);
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Claudia Sheinbaum rejected the strikes, Sheinbaum said.';
    document.body.append(paragraph);
  });
  await expect.poll(() => highlightedTexts(page)).toContain('Claudia Sheinbaum');
  expect(await secondStageLoaded(page)).toBe(true);
});
