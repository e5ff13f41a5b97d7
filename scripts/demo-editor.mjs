// `npm start`'s screenshot of the story editor: opened on the council fixture (an article among
// navigation, adverts and comments) as the popup opens it, with a suggestion accepted and a
// fact whose evidence was selected in the article.
import { activeTabIdOf, extensionIdOf } from './launch-extension.mjs';

const EVIDENCE = 'Mayor Inés Carvajal, who made the tram the centrepiece of her campaign';

/** Saves the editor at work on the page `url` to `path`; returns the path. */
export async function editorShot(context, url, path) {
  const extensionId = await extensionIdOf(context);
  const article = await context.newPage();
  await article.goto(url);
  await article.bringToFront();
  const tabId = await activeTabIdOf(context);
  const editor = await context.newPage();
  // A tall window, so the picture holds the story, the entry and the first suggestions beside
  // the article, which fills the window's height as it does while the entries scroll.
  await editor.setViewportSize({ width: 1400, height: 1750 });
  await editor.goto(`chrome-extension://${extensionId}/editor.html?tab=${tabId}`);
  await editor.getByRole('button', { name: 'Accept Inés Carvajal' }).click();
  const entry = editor.getByRole('region', { name: 'Inés Carvajal', exact: true });
  await entry.getByLabel('Description').fill('Mayor of Riverton, who campaigned for the tram.');
  await editor.getByLabel('Period it covers').fill('March 2025');
  const frame = editor.frameLocator('iframe.editor-article');
  await frame.locator('[data-article-body] p').first().waitFor();
  await frame.locator('body').evaluate((body, wanted) => {
    for (const paragraph of body.querySelectorAll('[data-article-body] p')) {
      const node = paragraph.firstChild;
      const at = node?.data.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const doc = body.ownerDocument;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      doc.getSelection().removeAllRanges();
      doc.getSelection().addRange(range);
      return;
    }
  }, EVIDENCE);
  await entry.getByRole('button', { name: 'Add a fact from the selection' }).click();
  await entry
    .getByLabel('Fact 1, in your words')
    .fill('She made the tram her campaign’s centrepiece.');
  // The preview redraws once typing pauses; then the page settles.
  await editor.waitForTimeout(1200);
  await editor.evaluate(() => {
    globalThis.document.activeElement?.blur();
    globalThis.scrollTo(0, 0);
  });
  // The article, the story, the entry and, below it, the first suggestions.
  await editor.screenshot({ path });
  await article.close();
  return path;
}
