import type { Page } from '@playwright/test';
import { SLICE_BUDGET_MS } from '../../lib/page/slice-scheduler';
import { expect, test } from './fixtures';
import {
  collectErrors,
  highlightedTexts,
  LONGEST_SLICE_MS,
  sliceDurations,
  slicesOfQuietestLoad,
  waitForScan,
} from './page-helpers';

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function openCase(page: Page, server: string, name: string, extensionId: string) {
  const errors = collectErrors(page, extensionId);
  await page.goto(`${server}/fixtures/hostile.html?case=${name}`);
  await caseBuilt(page, name);
  return errors;
}

function caseBuilt(page: Page, name: string) {
  return page.waitForFunction(
    (expected) => (window as { hostileBuilt?: string }).hostileBuilt === expected,
    name,
  );
}

// The slices of the quietest of up to three loads of the case (see slicesOfQuietestLoad).
function longestSlice(page: Page, name: string, settle = () => waitForScan(page, 60_000)) {
  return slicesOfQuietestLoad(page, async () => {
    await page.reload();
    await caseBuilt(page, name);
    await settle();
  }).then((slices) => Math.max(...slices));
}

test('one 5 MB text node', async ({ page, server, extensionId }) => {
  test.setTimeout(90_000);
  const errors = await openCase(page, server, 'huge-text-node', extensionId);
  await waitForScan(page, 60_000);
  const texts = await highlightedTexts(page);
  expect(texts.length).toBeGreaterThan(1000);
  expect(new Set(texts)).toEqual(new Set(['Mexico', 'Sheinbaum', 'cartel']));
  expect(await longestSlice(page, 'huge-text-node')).toBeLessThan(LONGEST_SLICE_MS);
  expect(errors).toEqual([]);
});

test('10,000-deep nesting', async ({ page, server, extensionId }) => {
  const errors = await openCase(page, server, 'deep-nesting', extensionId);
  await waitForScan(page);
  expect(await highlightedTexts(page)).toEqual(['Claudia Sheinbaum']);
  expect(await longestSlice(page, 'deep-nesting')).toBeLessThan(LONGEST_SLICE_MS);
  expect(errors).toEqual([]);
});

test('200,000 small text nodes', async ({ page, server, extensionId }) => {
  test.setTimeout(90_000);
  const errors = await openCase(page, server, 'many-text-nodes', extensionId);
  await waitForScan(page, 60_000);
  expect(await highlightedTexts(page)).toHaveLength(200);
  // Every step of the walk is short, so slices keep to their budget...
  const slices = await sliceDurations(page);
  expect(median(slices)).toBeLessThan(2 * SLICE_BUDGET_MS);
  // ...but on 400,000 nodes a few single browser operations take tens of milliseconds wherever
  // they fall: growing the table of the nodes' wrappers in the content script's world, and
  // a hit test after the page invalidated its paint (measured 20-30 ms here, twice that on a
  // busy machine). None can be split; the bound only catches work of ours that stopped yielding.
  expect(Math.max(...slices)).toBeLessThan(3 * LONGEST_SLICE_MS);
  expect(errors).toEqual([]);
});

test('a page that overwrites CSS, Range and Node in its own world', async ({
  page,
  server,
  extensionId,
}) => {
  const errors = await openCase(page, server, 'overrides', extensionId);
  await page.waitForFunction(
    () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
  );
  expect(await highlightedTexts(page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  expect(errors).toEqual([]);
});

test('a page that clobbers document properties with named elements', async ({
  page,
  server,
  extensionId,
}) => {
  const errors = await openCase(page, server, 'clobbering', extensionId);
  await waitForScan(page);
  expect(await page.evaluate(() => typeof document.body)).toBe('object');
  expect(await highlightedTexts(page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
  expect(errors).toEqual([]);
});

test('a storm of 1,000 mutations a second for five seconds', async ({
  page,
  server,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const errors = await openCase(page, server, 'mutation-storm', extensionId);
  await page.waitForTimeout(5500);
  await waitForScan(page);
  // The page kept running its timers: the storm reached its end.
  const paragraphs = await page.evaluate(() => document.querySelectorAll('#storm p').length);
  expect(paragraphs).toBeGreaterThan(0);
  await expect
    .poll(
      async () => (await highlightedTexts(page)).filter((text) => text === 'Marco Rubio').length,
    )
    .toBe(paragraphs);
  const settle = async () => {
    await page.waitForTimeout(5500);
    await waitForScan(page);
  };
  expect(await longestSlice(page, 'mutation-storm', settle)).toBeLessThan(LONGEST_SLICE_MS);
  expect(errors).toEqual([]);
});
