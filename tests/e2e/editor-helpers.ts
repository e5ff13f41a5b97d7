import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { openPopupFor, tabIdOf } from './popup-helpers';

/** The clutter fixture: a council story among navigation, adverts and comments. */
export const COUNCIL = '/fixtures/editor/council-article.html';

/** Opens the editor from the popup of `page`'s tab; gives the editor's tab once it shows. */
export async function openEditorFromPopup(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<{ editor: Page; popup: Page }> {
  const popup = await openPopupFor(context, extensionId, page);
  const opened = context.waitForEvent('page', (other) => other.url().includes('/editor.html'));
  await popup.getByRole('button', { name: 'Make cards for this page' }).click();
  const editor = await opened;
  await editor.getByRole('heading', { level: 1, name: 'Make cards for this story' }).waitFor();
  return { editor, popup };
}

/**
 * Opens the council fixture in `page`, then the editor for its tab in a new page (in a window of
 * `size` when given); gives the editor once its article shows.
 */
export async function openEditorOnCouncil(
  context: BrowserContext,
  page: Page,
  server: string,
  extensionId: string,
  size?: { width: number; height: number },
): Promise<Page> {
  await page.goto(`${server}${COUNCIL}`);
  const tab = await tabIdOf(context, page);
  const editor = await context.newPage();
  if (size) await editor.setViewportSize(size);
  await editor.goto(`chrome-extension://${extensionId}/editor.html?tab=${tab}`);
  await articleFrame(editor);
  return editor;
}

/** The frame that holds the article in the editor. */
export async function articleFrame(editor: Page): Promise<Frame> {
  const element = await editor.locator('iframe.editor-article').elementHandle();
  const frame = await element!.contentFrame();
  await expect.poll(() => frame!.locator('[data-article-body] p').count()).toBeGreaterThan(0);
  return frame!;
}

/** Selects `text` in the article's paragraph that contains it, as a reader's drag would. */
export async function selectInArticle(frame: Frame, text: string): Promise<void> {
  await frame.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll('[data-article-body] p')) {
      const node = paragraph.firstChild as Text | null;
      const at = node?.data.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, text);
}

/** A suggestion's row in the editor, by the name it was found under. */
export function suggestion(editor: Page, name: string): Locator {
  return editor.getByRole('listitem', { name, exact: true });
}

/** An entry's section in the editor, by its name. */
export function entrySection(editor: Page, name: string): Locator {
  return editor.getByRole('region', { name, exact: true });
}
