import { expect, test } from './fixtures';
import { card } from './card-helpers';
import { highlighted, highlightedTexts, mentionPointsInPage, waitForScan } from './page-helpers';
import { expectPageUntouched, watchPage } from './page-watch';

for (const path of ['/demo/', '/fixtures/matching.html', '/fixtures/shadow.html']) {
  test(`leaves the DOM, shadow trees and layout of ${path} untouched`, async ({ page, server }) => {
    await watchPage(page);
    await page.goto(`${server}${path}`);
    await waitForScan(page);
    expect(await highlightedTexts(page)).not.toHaveLength(0);
    await expectPageUntouched(page);
    // A reader rests on a mention, reads its card and closes it: still untouched.
    const [point] = await page.evaluate(mentionPointsInPage, 1);
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await page.mouse.move(1, 1);
    await expectPageUntouched(page);
  });
}

test('typing in an editor and a textarea is left alone', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/matching.html`);
  await waitForScan(page);
  const before = await highlightedTexts(page);
  const textarea = page.locator('textarea');
  const editor = page.locator('[contenteditable]');
  // The textarea's DOM text (its default value) names Sheinbaum: it is never drawn on or changed.
  const textareaText = await textarea.evaluate((element) => element.textContent);
  expect(textareaText).toContain('Sheinbaum');
  for (const [field, typed] of [
    [textarea, ' Marco Rubio typed here'],
    [editor, ' Ron DeSantis typed here'],
  ] as const) {
    await field.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(typed);
  }
  await expect(editor).toContainText('Ron DeSantis typed here');
  // A change elsewhere, and the pass that draws it: it comes after the typing, so it has seen
  // the typing too.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'FIFA' })),
  );
  await expect.poll(() => highlightedTexts(page)).toEqual([...before, 'FIFA'].sort(byLocale));
  const insideFields = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('textarea, [contenteditable]')];
    const registry = CSS.highlights;
    let ranges = 0;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('context-cards-')) continue;
      for (const range of highlight) {
        if (fields.some((field) => field.contains(range.startContainer))) ranges++;
      }
    }
    return ranges;
  });
  expect(insideFields).toBe(0);
  expect(await textarea.evaluate((element) => element.textContent)).toBe(textareaText);
  expect(await textarea.evaluate((element) => element.childNodes.length)).toBe(1);
  expect(await textarea.inputValue()).toBe(`${textareaText} Marco Rubio typed here`);
  expect(await editor.textContent()).toBe('Sheinbaum in an editor Ron DeSantis typed here');
  expect((await highlighted(page)).some((item) => item.text.includes('typed'))).toBe(false);
});

test('restores its highlights when the page clears the registry', async ({ page, server }) => {
  await page.goto(`${server}/demo/`);
  await waitForScan(page);
  const before = await highlightedTexts(page);
  await page.evaluate(() => CSS.highlights.clear());
  await expect.poll(() => highlightedTexts(page), { timeout: 3000 }).toEqual(before);
});

function byLocale(a: string, b: string): number {
  return a.localeCompare(b);
}
