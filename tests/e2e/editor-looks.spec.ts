// How the editor looks: no WCAG A/AA violation in the light or the dark theme, the article
// in view beside the entries while they scroll, labelled fields that line up, and one column
// in a narrow window.
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { card, centre, mentionBoxes } from './card-helpers';
import { articleFrame, entrySection, openEditorOnCouncil, suggestion } from './editor-helpers';
import { expect, test } from './fixtures';
import { cleanUpAfterEachTest } from './options-helpers';
import { highlightedTexts } from './page-helpers';

cleanUpAfterEachTest();

// The window the editor's looks are checked in, unless a test says otherwise.
const WINDOW = { width: 1400, height: 900 };

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the editor previews highlights and the card, and is axe-clean (${colorScheme})`, async ({
    context,
    page,
    server,
    extensionId,
  }) => {
    const editor = await openEditorOnCouncil(context, page, server, extensionId, WINDOW);
    await editor.emulateMedia({ colorScheme });
    const frame = await articleFrame(editor);
    await suggestion(editor, 'Dana Okafor').getByRole('button', { name: 'Accept' }).click();
    // An entry with problems shown, and a disabled Merge, are on the page axe checks.
    await expect(entrySection(editor, 'Dana Okafor').getByRole('listitem').first()).toBeVisible();
    await expect.poll(() => highlightedTexts(frame)).toContain('Dana Okafor');
    // Rest the pointer on the mention inside the frame, in the editor's coordinates.
    const offset = (await editor.locator('iframe.editor-article').boundingBox())!;
    const [box] = await mentionBoxes(frame, 'Dana Okafor');
    const { x, y } = centre(box!);
    await editor.mouse.move(offset.x + 1 + x, offset.y + 1 + y, { steps: 3 });
    await expect(card(frame, 'Dana Okafor')).toBeVisible();
    if (process.env.EDITOR_SHOTS) {
      await editor.screenshot({ path: `${process.env.EDITOR_SHOTS}/editor-${colorScheme}.png` });
    }
    expect(await axeViolations(editor)).toEqual([]);
    expect(await axeViolations(frame)).toEqual([]);
  });
}

/** The box of `locator`, which must be rendered. */
async function boxOf(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
}

/** Kind and Relevance: each label sits above its own list, and Tab goes from one to the other. */
async function expectKindAndRelevance(editor: Page, name: string): Promise<void> {
  const entry = entrySection(editor, name);
  const kind = entry.getByRole('combobox', { name: 'Kind', exact: true });
  const relevance = entry.getByRole('combobox', { name: 'Relevance', exact: true });
  for (const [label, field] of [
    [entry.locator('label', { hasText: /^Kind$/ }), kind],
    [entry.locator('label', { hasText: /^Relevance$/ }), relevance],
  ] as const) {
    const [labelBox, fieldBox] = [await boxOf(label), await boxOf(field)];
    expect(labelBox.y + labelBox.height).toBeLessThanOrEqual(fieldBox.y + 1);
    expect(Math.abs(labelBox.x - fieldBox.x)).toBeLessThan(2);
  }
  await kind.focus();
  await editor.keyboard.press('Tab');
  await expect(relevance).toBeFocused();
}

test('the article stays in view, full height, while the entries scroll beside it', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const editor = await openEditorOnCouncil(context, page, server, extensionId, WINDOW);
  for (const name of ['Inés Carvajal', 'Harbor Line', 'Dana Okafor']) {
    await suggestion(editor, name).getByRole('button', { name: 'Accept' }).click();
  }
  const frame = editor.locator('iframe.editor-article');
  await editor.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await editor.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  const box = await boxOf(frame);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(900 + 1);
  expect(box.height).toBeGreaterThan(900 - 40);
  // Side by side with the entries, which are on the right.
  const entries = await boxOf(entrySection(editor, 'Dana Okafor'));
  expect(entries.x).toBeGreaterThan(box.x + box.width);
  await expectKindAndRelevance(editor, 'Dana Okafor');
  const [kind, relevance] = [
    await boxOf(entrySection(editor, 'Dana Okafor').getByRole('combobox', { name: 'Kind' })),
    await boxOf(entrySection(editor, 'Dana Okafor').getByRole('combobox', { name: 'Relevance' })),
  ];
  expect(Math.abs(kind.y - relevance.y)).toBeLessThan(2);
});

test('in a narrow window it is one column: the article, then the story and the entries', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const size = { width: 700, height: 900 };
  const editor = await openEditorOnCouncil(context, page, server, extensionId, size);
  await suggestion(editor, 'Dana Okafor').getByRole('button', { name: 'Accept' }).click();
  const frame = await boxOf(editor.locator('iframe.editor-article'));
  const story = await boxOf(editor.getByRole('region', { name: 'The story' }));
  expect(story.y).toBeGreaterThanOrEqual(frame.y + frame.height);
  expect(Math.abs(story.x - frame.x)).toBeLessThan(2);
  expect(frame.height).toBeGreaterThan(400);
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    700,
  );
  await expectKindAndRelevance(editor, 'Dana Okafor');
  if (process.env.EDITOR_SHOTS) {
    await entrySection(editor, 'Dana Okafor').scrollIntoViewIfNeeded();
    await editor.screenshot({ path: `${process.env.EDITOR_SHOTS}/editor-narrow.png` });
  }
});
