import { ENTRY_KINDS } from '../../lib/dataset/types';
import { expect, test } from './fixtures';
import {
  expectDistinctLooks,
  expectHighlightLooks,
  highlightLooksInPage,
  markLooksInPage,
  ourHighlightNamesInPage,
} from './looks';
import { highlighted, waitForScan } from './page-helpers';
import { withoutHighlightApi } from './without-highlight-api';

// Each kind must look different from the others and from plain text, in the document and in a
// shadow root, with either renderer (see looks.ts).

test('each kind has its own highlight style, in the document and in a shadow root', async ({
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/kinds.html`);
  await waitForScan(page);
  await expect.poll(async () => (await highlighted(page)).length).toBe(2 * ENTRY_KINDS.length);
  const names = await page.evaluate(ourHighlightNamesInPage);
  expectHighlightLooks(names, await page.evaluate(highlightLooksInPage, names));
});

test('without the Highlight API the content script wraps mentions, styled by kind', async ({
  context,
  page,
  server,
}) => {
  const restore = await withoutHighlightApi(context, page);
  await page.goto(`${server}/fixtures/kinds.html`);
  await waitForScan(page);
  await restore();
  // The fallback was chosen: nothing in the highlight registry, every mention wrapped.
  expect(await page.evaluate(ourHighlightNamesInPage)).toEqual([]);
  const places = await page.evaluate(markLooksInPage);
  // In each place, each paragraph's one mark carries the paragraph's kind.
  const expected = ENTRY_KINDS.map((kind) => `${kind}=${kind}`).sort();
  for (const [place, looks] of Object.entries(places)) {
    expect(Object.keys(looks.looks).sort(), place).toEqual(expected);
    expectDistinctLooks(place, looks);
  }
});
