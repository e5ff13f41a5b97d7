import { expect, test } from './fixtures';
import { highlightedTexts, waitForScan } from './page-helpers';
import { readPageWatch, watchPage } from './page-watch';

for (const path of ['/demo/', '/fixtures/matching.html', '/fixtures/shadow.html']) {
  test(`leaves the DOM and layout of ${path} untouched`, async ({ page, server }) => {
    await watchPage(page);
    await page.goto(`${server}${path}`);
    await waitForScan(page);
    await page.waitForLoadState('load');
    expect(await highlightedTexts(page)).not.toHaveLength(0);
    const watch = await readPageWatch(page);
    expect(watch.mutations).toEqual([]);
    expect(watch.htmlNow).toBe(watch.htmlBefore);
    expect(watch.layoutNow).toEqual(watch.layoutBefore);
  });
}

test('typing in an editor and a textarea is left alone', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/matching.html`);
  await waitForScan(page);
  const before = await highlightedTexts(page);
  await page.locator('textarea').fill('Marco Rubio typed here');
  await page.locator('[contenteditable]').click();
  await page.keyboard.type(' Ron DeSantis typed here');
  await expect(page.locator('[contenteditable]')).toContainText('Ron DeSantis typed here');
  await page.waitForTimeout(500);
  expect(await highlightedTexts(page)).toEqual(before);
});

test('restores its highlights when the page clears the registry', async ({ page, server }) => {
  await page.goto(`${server}/demo/`);
  await waitForScan(page);
  const before = await highlightedTexts(page);
  await page.evaluate(() => CSS.highlights.clear());
  await expect.poll(() => highlightedTexts(page), { timeout: 3000 }).toEqual(before);
});
