import { CORPUS, corpusPageNames } from '../shared-material';
import { expect, test } from './fixtures';
import {
  collectErrors,
  highlightedTexts,
  LONGEST_SLICE_MS,
  longestSlice,
  slicesOfQuietestLoad,
  waitForScan,
} from './page-helpers';
import { expectPageUntouched, watchPage } from './page-watch';

const pages = corpusPageNames();

test('the page corpus is there', () => {
  test.skip(CORPUS.skip, CORPUS.message);
  CORPUS.require();
  expect(pages.length).toBeGreaterThanOrEqual(90);
});

// Distinctive names of the story that a page's visible text may contain; where it does, they
// must be found. (Common ones, such as Trump or Mexico, are shown only on pages about the story.)
const STORY_WORDS = /\b(Sheinbaum|Rubio|Infantino|DeSantis)\b/;

for (const name of pages) {
  test(`real page ${name}: no errors, no mutations, short slices`, async ({
    page,
    server,
    extensionId,
  }) => {
    test.setTimeout(60_000);
    const errors = collectErrors(page, extensionId);
    await watchPage(page);
    // The page's own scripts are blocked so that any change to its DOM would be ours.
    await page.goto(`${server}/corpus/${name}?noscript`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page, 45_000);
    await expectPageUntouched(page);
    const slices = await slicesOfQuietestLoad(page, async () => {
      await page.reload({ waitUntil: 'domcontentloaded' });
      await waitForScan(page, 45_000);
    });
    expect(longestSlice(slices)).toBeLessThan(LONGEST_SLICE_MS);
    // The page's prose: its text without the content a reader would not want annotated.
    const prose = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      const skipped =
        'script,style,noscript,template,select,textarea,code,pre,kbd,samp,svg,math,[contenteditable]';
      for (const element of clone.querySelectorAll(skipped)) element.remove();
      return clone.textContent ?? '';
    });
    const storyWord = STORY_WORDS.exec(prose)?.[0];
    if (storyWord) {
      const texts = await highlightedTexts(page);
      expect(texts.some((text) => text.includes(storyWord))).toBe(true);
    }
    expect(errors).toEqual([]);
  });
}
