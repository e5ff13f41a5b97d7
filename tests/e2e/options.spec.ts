import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { card, hoverMention } from './card-helpers';
import { BROKEN_EXAMPLE_PATHS } from '../unit/example-datasets';
import { IMPORTED_STORY_HIGHLIGHTS } from './expectations';
import {
  cleanUpAfterEachTest,
  DATASETS,
  EXAMPLES,
  openOptions,
  optionsSection,
  pickFile,
} from './options-helpers';
import {
  collectErrors,
  highlighted,
  highlightedTexts,
  pageMentions,
  waitForScan,
} from './page-helpers';
import { CHROME_BUILD, FIREFOX_BUILD } from '../../scripts/paths.mjs';
import { clearStorage, readStorage, serviceWorker } from './storage-helpers';

cleanUpAfterEachTest();

test("the browser's extension page opens the options in a tab of their own", async ({
  context,
  extensionId,
  page,
}) => {
  // What the browsers' extension pages (chrome://extensions, about:addons) read.
  for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    expect(manifest.options_ui, build).toEqual({ page: 'options.html', open_in_tab: true });
  }
  // What they do with it, and what the toolbar popup calls (in a window: the test page's).
  await page.goto('about:blank');
  const worker = await serviceWorker(context);
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { openOptionsPage(): Promise<void> } } }
    ).chrome.runtime.openOptionsPage(),
  );
  const optionsTab = () => context.pages().find((tab) => tab.url().endsWith('/options.html'));
  await expect
    .poll(() => optionsTab()?.url())
    .toBe(`chrome-extension://${extensionId}/options.html`);
  const options = optionsTab()!;
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Context Cards options');
  await options.close();
});

/** The highlight names that draw something on `page`, without their `context-cards-` prefix. */
function styles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry: HighlightRegistry =
      (window as { realHighlightRegistry?: HighlightRegistry }).realHighlightRegistry ??
      CSS.highlights;
    return [...registry]
      .filter(([name, highlight]) => name.startsWith('context-cards-') && highlight.size > 0)
      .map(([name]) => name.slice('context-cards-'.length))
      .sort();
  });
}

test('style, kinds and first mention only change an open tab at once, without reloading it', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/matching.html`);
  await waitForScan(page);
  await page.evaluate(() => ((window as { loadedOnce?: boolean }).loadedOnce = true));
  expect(await styles(page)).toEqual(['concept', 'organization', 'person', 'place']);
  const options = await openOptions(context, extensionId);

  await options.getByRole('radio', { name: /^Underline/ }).check();
  await expect
    .poll(() => styles(page))
    .toEqual([
      'underline-concept',
      'underline-organization',
      'underline-person',
      'underline-place',
    ]);
  // Subtle draws nothing until the pointer comes near, and the pointer is not on the page.
  await options.getByRole('radio', { name: /^Subtle/ }).check();
  await expect.poll(() => styles(page)).toEqual([]);
  await options.getByRole('radio', { name: /^Tint and underline/ }).check();
  await expect.poll(() => styles(page)).toEqual(['concept', 'organization', 'person', 'place']);

  await options.getByRole('checkbox', { name: 'Person' }).uncheck();
  await expect.poll(() => styles(page)).toEqual(['concept', 'organization', 'place']);
  await options.getByRole('checkbox', { name: 'Person' }).check();

  await options.getByRole('checkbox', { name: /first mention/ }).check();
  await expect
    .poll(async () => (await pageMentions(context, page)).entries.map((entry) => entry.count))
    .toEqual(expect.arrayContaining([1]));
  const { entries, total } = await pageMentions(context, page);
  expect(entries.every((entry) => entry.count === 1)).toBe(true);
  expect(total).toBe(entries.length);
  expect((await highlighted(page)).length).toBe(entries.length);
  expect(await page.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
});

test('the preview is drawn by the page engine, with the same highlights and rules', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const sample = [
    { kind: 'person', text: 'Claudia Sheinbaum' },
    { kind: 'organization', text: 'FIFA' },
    { kind: 'place', text: 'Mexico City' },
    { kind: 'event', text: 'boat strikes' },
    { kind: 'concept', text: 'international law' },
    { kind: 'person', text: 'Sheinbaum' },
    { kind: 'group', text: 'cartels' },
  ];
  const sorted = (items: typeof sample) =>
    [...items].sort((a, b) => a.text.localeCompare(b.text) || a.kind.localeCompare(b.kind));
  expect(await highlighted(options)).toEqual(sorted(sample));
  await options.getByRole('checkbox', { name: /first mention/ }).check();
  await options.getByRole('checkbox', { name: 'Place' }).uncheck();
  await expect
    .poll(() => highlighted(options))
    .toEqual(sorted(sample.filter(({ kind, text }) => text !== 'Sheinbaum' && kind !== 'place')));
  // Subtle: only the sample "with the pointer near" is drawn, under the "near" highlights.
  await options.getByRole('radio', { name: /^Subtle/ }).check();
  await expect
    .poll(() => styles(options))
    .toEqual(['near-concept', 'near-event', 'near-group', 'near-organization', 'near-person']);
});

test('the broken example: its errors are listed with their paths, and storage is unchanged', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('checkbox', { name: /first mention/ }).check();
  await expect.poll(async () => (await readStorage(context, 'sync')).firstMentionOnly).toBe(true);
  const before = {
    sync: await readStorage(context, 'sync'),
    local: await readStorage(context, 'local'),
  };

  await pickFile(options, DATASETS, EXAMPLES.broken);
  const alert = optionsSection(options, DATASETS).getByRole('alert');
  await expect(alert).toContainText('“dataset-broken.json” was not imported');
  await expect(alert.locator('code')).toHaveText(BROKEN_EXAMPLE_PATHS);
  await expect(alert.getByRole('listitem').nth(3)).toHaveText(
    'entries[6].aliases Needs at least 1 alias.',
  );
  expect({
    sync: await readStorage(context, 'sync'),
    local: await readStorage(context, 'local'),
  }).toEqual(before);
});

test('the valid example: an open page gets its highlights and cards, until it is removed', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  const errors = collectErrors(page, extensionId);
  await page.goto(`${server}/fixtures/imported-story.html`);
  await waitForScan(page);
  expect(await highlightedTexts(page)).toEqual([]);

  const options = await openOptions(context, extensionId);
  await pickFile(options, DATASETS, EXAMPLES.valid);
  await expect(optionsSection(options, DATASETS).getByRole('status')).toHaveText(
    'Imported “Valmora votes to take back its water”. Entries: 10.',
  );
  await expect.poll(() => highlighted(page)).toEqual(IMPORTED_STORY_HIGHLIGHTS);

  await page.bringToFront();
  await hoverMention(page, 'Inês Carvalho', '#first');
  const dialog = card(page, 'Inês Carvalho');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('a mandate to treat water as a public service');
  await expect(dialog).toContainText('Source: Valmora votes to take back its water');
  await expect(dialog).toContainText('Every excerpt is checked word for word against the source.');
  await page.mouse.move(5, 700);
  await expect(dialog).toHaveCount(0);

  await options.bringToFront();
  await options
    .getByRole('checkbox', {
      name: 'Highlight the entries of “Valmora votes to take back its water”',
    })
    .uncheck();
  await expect.poll(() => highlighted(page)).toEqual([]);
  await options.getByRole('checkbox', { name: /Highlight the entries of/ }).check();
  await expect.poll(() => highlighted(page)).toEqual(IMPORTED_STORY_HIGHLIGHTS);
  await options
    .getByRole('button', { name: 'Remove “Valmora votes to take back its water”' })
    .click();
  await expect.poll(() => highlighted(page)).toEqual([]);
  expect(await readStorage(context, 'local')).toEqual({ 'imported-datasets': [] });
  expect(errors).toEqual([]);
});

test('refused site names: one that decodes to nothing, and a long one that wraps in its message', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const sites = optionsSection(options, 'Where it runs');
  const field = sites.getByRole('textbox', { name: 'Add a site' });
  // Chromium's URL parser accepts "xn--"; the options page must not.
  for (const name of ['xn--', 'xn--.com']) {
    await field.fill(name);
    await sites.getByRole('button', { name: 'Add' }).click();
    await expect(sites.getByRole('alert')).toHaveText(
      `“${name}” is not a hostname. Write it like example.com.`,
    );
  }
  await field.fill('x'.repeat(300));
  await sites.getByRole('button', { name: 'Add' }).click();
  await expect(sites.getByRole('alert')).toContainText('…” is not a hostname.');
  for (const width of [1280, 360]) {
    await options.setViewportSize({ width, height: 800 });
    const overflow = await options.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `page wider than a ${width} px window`).toBeLessThanOrEqual(0);
  }
  expect(await readStorage(context, 'sync')).toEqual({});
});

test('settings exported, then imported after changes, are exactly what was exported', async ({
  context,
  extensionId,
}, testInfo) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: 'Only on the sites listed below' }).check();
  const sites = optionsSection(options, 'Where it runs');
  await sites.getByRole('textbox', { name: 'Add a site' }).fill('news.example.org');
  await sites.getByRole('button', { name: 'Add' }).click();
  await expect(sites.getByText('news.example.org', { exact: true })).toBeVisible();
  await options.getByRole('radio', { name: /^Subtle/ }).check();
  await options.getByRole('checkbox', { name: 'Group' }).uncheck();
  await options.getByRole('checkbox', { name: /a tap on a highlight/ }).uncheck();
  await expect.poll(async () => (await readStorage(context, 'sync')).tapOpensCards).toBe(false);
  const exported = await readStorage(context, 'sync');

  const backup = optionsSection(options, 'Back up and reset');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    backup.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('context-cards-settings.json');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  await clearStorage(context);
  await options.getByRole('radio', { name: /^Underline/ }).check();
  await expect
    .poll(async () => (await readStorage(context, 'sync')).highlightStyle)
    .toBe('underline');
  await pickFile(options, 'Back up and reset', file);
  await expect(backup.getByRole('status')).toHaveText(
    'Settings imported from “context-cards-settings.json”.',
  );
  expect(await readStorage(context, 'sync')).toEqual(exported);
  await expect(options.getByRole('radio', { name: /^Subtle/ })).toBeChecked();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the options page has no WCAG A/AA violations (${colorScheme})`, async ({
    context,
    extensionId,
  }) => {
    const options = await openOptions(context, extensionId);
    await options.emulateMedia({ colorScheme });
    // Everything the page can show: a dataset, a refused file, the subtle preview, a site.
    await pickFile(options, DATASETS, EXAMPLES.valid);
    await expect(optionsSection(options, DATASETS).getByRole('status')).toBeVisible();
    await pickFile(options, DATASETS, EXAMPLES.broken);
    await expect(optionsSection(options, DATASETS).getByRole('alert')).toBeVisible();
    await options.getByRole('radio', { name: /^Subtle/ }).check();
    const sites = optionsSection(options, 'Where it runs');
    await sites.getByRole('textbox', { name: 'Add a site' }).fill('not a site');
    await sites.getByRole('button', { name: 'Add' }).click();
    await expect(sites.getByRole('alert')).toBeVisible();
    expect(await axeViolations(options)).toEqual([]);
  });
}
