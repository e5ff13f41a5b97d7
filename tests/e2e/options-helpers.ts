import type { BrowserContext, Locator, Page } from '@playwright/test';
import { ROOT } from '../../scripts/paths.mjs';
import { test } from './fixtures';
import { clearStorage } from './storage-helpers';

/** The example datasets authors start from, as files to pick. */
export const EXAMPLES = {
  valid: `${ROOT}examples/dataset-valid.json`,
  broken: `${ROOT}examples/dataset-broken.json`,
};

/** The heading of the options page's section on imported datasets. */
export const DATASETS = 'Datasets for other stories';

/**
 * Opens the options page in a tab of its own, as the browser's extension page does: in `page`
 * when given, in a new tab otherwise.
 */
export async function openOptions(
  context: BrowserContext,
  extensionId: string,
  page?: Page,
): Promise<Page> {
  page ??= await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** A section of the options page, by its heading. */
export function optionsSection(page: Page, name: string): Locator {
  return page.getByRole('region', { name });
}

/** Picks `path` in the file picker of the options page's section `section`. */
export async function pickFile(page: Page, section: string, path: string): Promise<void> {
  await optionsSection(page, section).locator('input[type=file]').setInputFiles(path);
}

/**
 * After each test of the calling file: closes the extension pages it left open (the options
 * pages it opened) and empties storage, since a worker's tests share one browser.
 */
export function cleanUpAfterEachTest(): void {
  test.afterEach(async ({ context }) => {
    const open = context.pages().filter((page) => page.url().startsWith('chrome-extension://'));
    await Promise.all(open.map((page) => page.close()));
    await clearStorage(context);
  });
}
