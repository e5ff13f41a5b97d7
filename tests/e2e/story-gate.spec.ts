import { expect, test } from './fixtures';
import { highlightedTexts, waitForScan } from './page-helpers';
import { clearStorage, writeStorage } from './storage-helpers';

test.afterEach(async ({ context }) => clearStorage(context));

const COMMON = ['Congress', 'Donald Trump', 'Mexico', 'United States', 'US', 'Washington'];

test('a page that only names everyday entries of the story shows none of them', async ({
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/unrelated.html`);
  await waitForScan(page);
  // The engine found them: the popup's protocol would count them if they were shown.
  expect(await highlightedTexts(page)).toEqual([]);

  // A paragraph about the story arrives (a feed, a live blog): the page now touches the story.
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.id = 'story';
    paragraph.textContent = 'Claudia Sheinbaum said no; Sheinbaum repeated it.';
    document.querySelector('#main')!.append(paragraph);
  });
  await expect
    .poll(() => highlightedTexts(page))
    .toEqual(
      ['Claudia Sheinbaum', ...COMMON.slice(0, 4), 'Sheinbaum', ...COMMON.slice(4)].sort((a, b) =>
        a.localeCompare(b),
      ),
    );

  // It goes again: so do the everyday entries.
  await page.evaluate(() => document.querySelector('#story')!.remove());
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
});

test('with "story pages only" turned off, everyday entries are shown everywhere, live', async ({
  page,
  server,
  context,
}) => {
  await page.goto(`${server}/fixtures/unrelated.html`);
  await waitForScan(page);
  expect(await highlightedTexts(page)).toEqual([]);
  await writeStorage(context, 'sync', { storyOnly: false });
  await expect.poll(() => highlightedTexts(page)).toEqual(COMMON);
});
