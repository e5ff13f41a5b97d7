// What the editor saves and exports: a saved dataset reopens with its article even when its
// draft is gone, and saving it again replaces it; the exported file is the draft's dataset and
// passes the import's check.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { checkImport } from '../../lib/dataset-import/check-import';
import { datasetIdOf } from '../../lib/dataset-import/dataset-id';
import { datasetFromDraft } from '../../lib/editor/draft-dataset';
import type { Dataset } from '../../lib/dataset/types';
import type { Draft } from '../../lib/editor/editor-types';
import { ROOT } from '../../scripts/paths.mjs';
import { articleFrame, entrySection, openEditorOnCouncil, suggestion } from './editor-helpers';
import { expect, test } from './fixtures';
import { cleanUpAfterEachTest } from './options-helpers';
import { readStorage, serviceWorker } from './storage-helpers';

cleanUpAfterEachTest();

const TITLE = 'Riverton council approves Harbor Line tram after late-night vote';
const ID = datasetIdOf(TITLE);
const EVIDENCE = 'Dana Okafor, the authority’s director';

/** Opens the editor on the council fixture and makes a draft with no problem left. */
async function readyDraft(
  context: BrowserContext,
  page: Page,
  server: string,
  extensionId: string,
): Promise<Page> {
  const editor = await openEditorOnCouncil(context, page, server, extensionId);
  await suggestion(editor, 'Dana Okafor').getByRole('button', { name: 'Accept' }).click();
  const okafor = entrySection(editor, 'Dana Okafor');
  await okafor.getByLabel('Description').fill('Director of the Riverton Transit Authority.');
  await okafor.getByRole('button', { name: 'Add a fact', exact: true }).click();
  await okafor.getByLabel('Fact 1, in your words').fill('She runs the transit authority.');
  await okafor.getByLabel('Evidence for fact 1').fill(EVIDENCE);
  await editor.getByLabel('Period it covers').fill('March 2025');
  await expect(editor.getByRole('button', { name: 'Save as a dataset' })).toBeEnabled();
  return editor;
}

/** The draft the editor's address names, as stored (written half a second after typing). */
async function storedDraft(context: BrowserContext, editor: Page): Promise<Draft> {
  const id = new URL(editor.url()).searchParams.get('draft');
  expect(id).toBeTruthy();
  const read = async () => (await readStorage(context, 'local'))[`editor-draft/${id}`] as Draft;
  await expect.poll(async () => (await read())?.period).toBe('March 2025');
  return read();
}

test('a saved dataset reopens with its article without its draft; saved again, it is replaced', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const editor = await readyDraft(context, page, server, extensionId);
  await editor.getByRole('button', { name: 'Save as a dataset' }).click();
  await expect(editor.getByText(/Saved as the dataset/)).toBeVisible();
  await editor.close();

  // The drafts go (another device, a cleared draft): only the imported dataset is left.
  const local = await readStorage(context, 'local');
  expect(local[`imported-source/${ID}`]).toEqual(expect.stringContaining(EVIDENCE));
  const drafts = Object.keys(local).filter((key) => key.startsWith('editor-draft'));
  expect(drafts.length).toBeGreaterThan(0);
  const worker = await serviceWorker(context);
  await worker.evaluate((keys) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { remove(keys: string[]): Promise<void> } } };
    };
    return chrome.storage.local.remove(keys);
  }, drafts);

  const reopened = await context.newPage();
  await reopened.goto(`chrome-extension://${extensionId}/editor.html?dataset=${ID}`);
  // The article is there, not the paste box, and so are the entries.
  const frame = await articleFrame(reopened);
  await expect(frame.locator('[data-article-body]')).toContainText(EVIDENCE);
  await expect(reopened.getByLabel(/The article.s text/)).toHaveCount(0);
  const okafor = entrySection(reopened, 'Dana Okafor');
  await expect(okafor.getByLabel('Evidence for fact 1')).toHaveValue(EVIDENCE);
  await okafor.getByLabel('Description').fill('Director of Riverton’s transit authority.');
  await reopened.getByRole('button', { name: 'Save as a dataset' }).click();
  await expect(reopened.getByText(/Saved as the dataset/)).toBeVisible();

  const after = await readStorage(context, 'local');
  expect((after['imported-datasets'] as { id: string }[]).map(({ id }) => id)).toEqual([ID]);
  const body = after[`imported-dataset/${ID}`] as { entries: { description: string }[] };
  expect(body.entries.map((entry) => entry.description)).toEqual([
    'Director of Riverton’s transit authority.',
  ]);
});

test('Export downloads the draft’s dataset, which the import takes as it is', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const editor = await readyDraft(context, page, server, extensionId);
  const draft = await storedDraft(context, editor);
  const downloading = editor.waitForEvent('download');
  await editor.getByRole('button', { name: 'Export file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${ID}.json`);
  const text = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toEqual(datasetFromDraft(draft));
  const verdict = checkImport({
    text,
    fileBytes: Buffer.byteLength(text),
    // Read as a file: Node imports JSON only with an import attribute, which the build cannot take.
    bundled: JSON.parse(readFileSync(`${ROOT}assets/dataset.json`, 'utf8')) as Dataset,
    imported: [],
    now: 1,
  });
  expect(verdict).toMatchObject({
    ok: true,
    imported: { info: { id: ID, evidenceChecked: true } },
  });
});
