import type { Page } from '@playwright/test';
import { card, hoverMention } from './card-helpers';
import {
  articleFrame,
  COUNCIL,
  entrySection,
  openEditorFromPopup,
  openEditorOnCouncil,
  selectInArticle,
  suggestion,
} from './editor-helpers';
import { expect, test } from './fixtures';
import { cleanUpAfterEachTest } from './options-helpers';
import { highlightedTexts, waitForScan } from './page-helpers';

cleanUpAfterEachTest();

const EVIDENCE = 'Mayor Inés Carvajal, who made the tram the centrepiece of her campaign';
const LINE_EVIDENCE =
  'a six-kilometre tram that would link the Harbor District with the central station';

test('from the popup to a lit page: article, suggestions, evidence by selection, save', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  await page.goto(`${server}${COUNCIL}`);
  await waitForScan(page);
  const { editor } = await openEditorFromPopup(context, extensionId, page);
  expect(editor.url()).toMatch(/\/editor\.html\?tab=\d+/);

  // The article, without the page's clutter.
  const frame = await articleFrame(editor);
  const text = await frame.locator('body').innerText();
  expect(text).toContain('Mayor Inés Carvajal, who made the tram');
  expect(text).toContain('Marisol Pratt');
  for (const clutter of ['Sunny Acres', 'harborwatcher77', 'Cookie settings', 'Related stories']) {
    expect(text).not.toContain(clutter);
  }

  // Suggestions, most mentioned first: accept two, merge a third into one of them.
  const names = editor.locator('.editor-suggestion').first();
  await expect(names).toHaveAccessibleName('Inés Carvajal');
  await expect(suggestion(editor, 'Inés Carvajal')).toContainText('5 mentions');
  await suggestion(editor, 'Inés Carvajal').getByRole('button', { name: 'Accept' }).click();
  await suggestion(editor, 'Harbor Line').getByRole('button', { name: 'Accept' }).click();
  const district = suggestion(editor, 'Harbor District');
  await district
    .getByRole('combobox', { name: 'Merge Harbor District into' })
    .selectOption({ label: 'Harbor Line' });
  await district.getByRole('button', { name: 'Merge' }).click();
  await expect(district).toHaveCount(0);
  const line = entrySection(editor, 'Harbor Line');
  await expect(line.getByRole('textbox', { name: 'Alias 2' })).toHaveValue('Harbor District');

  // Evidence by selecting the article's words.
  const ines = entrySection(editor, 'Inés Carvajal');
  await expect(ines.getByRole('textbox', { name: 'Alias 2' })).toHaveValue('Carvajal');
  await ines.getByLabel('Description').fill('Mayor of Riverton, who campaigned for the tram.');
  await selectInArticle(frame, EVIDENCE);
  await ines.getByRole('button', { name: 'Add a fact from the selection' }).click();
  await expect(ines.getByLabel('Evidence for fact 1')).toHaveValue(EVIDENCE);
  await ines
    .getByLabel('Fact 1, in your words')
    .fill('She made the tram her campaign’s centrepiece.');
  // A quotation picked from the article's quoted passages; its speaker is the one it names.
  const quote =
    'Today Riverton decided that the harbor belongs to everyone, not only to those who own a car,';
  await ines
    .getByRole('combobox', { name: 'Quoted passage of the article' })
    .selectOption({ label: `${quote.slice(0, 89)}…` });
  await ines.getByRole('button', { name: 'Add quotation' }).click();
  await expect(ines.getByRole('combobox', { name: 'Speaker of quotation 1' })).toHaveValue(
    'ines-carvajal',
  );
  await line
    .getByLabel('Description')
    .fill('A planned tram from the Harbor District to the station.');
  await selectInArticle(frame, LINE_EVIDENCE);
  await line.getByRole('button', { name: 'Add a fact from the selection' }).click();
  await line.getByLabel('Fact 1, in your words').fill('It would run six kilometres.');

  // Save stays disabled, with its reason, until the problems are fixed.
  const save = editor.getByRole('button', { name: 'Save as a dataset' });
  await expect(save).toBeDisabled();
  await expect(editor.getByText(/Cannot save yet: 1 problem/)).toBeVisible();
  await editor.getByLabel('Period it covers').fill('March 2025');
  await expect(save).toBeEnabled();
  await save.click();
  await expect(editor.getByText(/Saved as the dataset/)).toBeVisible();

  // The page lights up at once, and its card carries the evidence picked.
  await expect
    .poll(() => highlightedTexts(page))
    .toEqual(expect.arrayContaining(['Inés Carvajal', 'Harbor Line', 'Harbor District']));
  await page.bringToFront();
  await hoverMention(page, 'Inés Carvajal');
  await expect(card(page, 'Inés Carvajal')).toContainText(EVIDENCE);
  await expect(card(page, 'Inés Carvajal')).toContainText('the harbor belongs to everyone');

  // The draft survives a reload of the editor.
  await editor.reload();
  await expect(entrySection(editor, 'Inés Carvajal').getByLabel('Evidence for fact 1')).toHaveValue(
    EVIDENCE,
  );
});

/** Presses Tab until the focused element's label (or text) is `name`. */
async function tabTo(editor: Page, name: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await editor.keyboard.press('Tab');
    const focused = await editor.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      const label = element?.labels?.[0]?.textContent;
      return element?.getAttribute('aria-label') ?? label ?? element?.textContent?.trim() ?? '';
    });
    if (focused.replace(/\s+/g, ' ').trim() === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('the keyboard alone makes and saves an entry', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const editor = await openEditorOnCouncil(context, page, server, extensionId);
  await tabTo(editor, 'Accept Priya Raman');
  await editor.keyboard.press('Enter');
  const raman = entrySection(editor, 'Priya Raman');
  await expect(raman).toBeVisible();
  await tabTo(editor, 'Period it covers');
  await editor.keyboard.type('March 2025');
  await tabTo(editor, 'Description (one line, your words)');
  await editor.keyboard.type('Riverton councillor who backed the tram.');
  await tabTo(editor, 'Add a fact');
  await editor.keyboard.press('Enter');
  await editor.keyboard.press('Shift+Tab');
  await tabTo(editor, 'Fact 1, in your words');
  await editor.keyboard.type('She warned that the federal grant expires at the end of the year.');
  await editor.keyboard.press('Tab');
  await editor.keyboard.type('the federal grant that covers a third of the cost');
  await tabTo(editor, 'Save as a dataset');
  await editor.keyboard.press('Enter');
  await expect(editor.getByText(/Saved as the dataset/)).toBeVisible();
});
