import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { checkImport } from '../../lib/dataset-import/check-import';
import type { Dataset } from '../../lib/dataset/types';
import { importedDatasetItems } from '../../lib/settings/imported-dataset-keys';
import { FIREFOX_BUILD, ROOT } from '../../scripts/paths.mjs';
import { centre, readMentionBoxes } from './card-helpers';
import { IMPORTED_STORY_HIGHLIGHTS } from './expectations';
import { expect, launchFirefox, openInFirefox, skipWithoutFirefox, test } from './firefox-fixtures';
import { EXAMPLES } from './options-helpers';
import { readHighlights } from './page-helpers';
import { foreignRequests, startRecordingProxy } from './recording-proxy';

skipWithoutFirefox();

// The text of the open card, read from its shadow root.
const cardText = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('context-cards-ui')?.shadowRoot?.querySelector('[role="dialog"]')
        ?.textContent ?? null,
  );

// A test cannot open the options page in Firefox (WebDriver BiDi refuses to navigate to
// moz-extension: pages), so the valid example is stored as the options page stores it — the
// same import decision, the same items — in the profile before Firefox starts: Firefox takes a
// profile's `browser-extension-data/<add-on id>/storage.js` into the add-on's `storage.local`
// the first time the add-on reads it, with the JSON backend of `storage.local` (with the
// IndexedDB one, a new add-on's file is never read).
const ADDON_ID = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id as string;

/** A Firefox profile whose `storage.local` holds the valid example, imported. */
function profileWithValidExample(): string {
  const text = readFileSync(EXAMPLES.valid, 'utf8');
  // Read as a file: Node imports JSON only with an import attribute, which the build cannot take.
  const bundled = JSON.parse(readFileSync(`${ROOT}assets/dataset.json`, 'utf8')) as Dataset;
  const verdict = checkImport({
    text,
    fileBytes: Buffer.byteLength(text),
    bundled,
    imported: [],
    now: Date.now(),
  });
  if (!verdict.ok) throw new Error(`the valid example is refused: ${JSON.stringify(verdict)}`);
  const profile = mkdtempSync(join(tmpdir(), 'context-cards-firefox-'));
  const data = join(profile, 'browser-extension-data', ADDON_ID);
  mkdirSync(data, { recursive: true });
  const items = importedDatasetItems(verdict.imported, [verdict.imported.info]);
  writeFileSync(join(data, 'storage.js'), JSON.stringify(items));
  return profile;
}

test('Firefox: an imported dataset highlights its terms, and its card says its evidence was checked', async ({
  server,
}) => {
  const profile = profileWithValidExample();
  const proxy = await startRecordingProxy();
  const browser = await launchFirefox(proxy, profile, {
    'extensions.webextensions.ExtensionStorageIDB.enabled': false,
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
    const { page, errors } = await openInFirefox(browser, `${server}/fixtures/imported-story.html`);
    await expect.poll(() => page.evaluate(readHighlights)).toEqual(IMPORTED_STORY_HIGHLIGHTS);
    const [box] = await page.evaluate(readMentionBoxes, {
      text: 'Inês Carvalho',
      within: '#first',
    });
    const { x, y } = centre(box!);
    await page.mouse.move(x, y, { steps: 3 });
    await expect
      .poll(() => cardText(page))
      .toContain('a mandate to treat water as a public service');
    expect(await cardText(page)).toContain(
      'Every excerpt is checked word for word against the source.',
    );
    expect(errors).toEqual([]);
    expect(foreignRequests(proxy.take())).toEqual([]);
  } finally {
    await browser.close();
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
