import { readFile } from 'node:fs/promises';
import { CHROME_BUILD } from '../../scripts/paths.mjs';
import { expect, test } from './fixtures';
import { badgeText } from '../../lib/background/badge-text';
import { badgeOf, highlighted, pageMentions, waitForScan } from './page-helpers';

test('the built extension asks for no more than storage and http(s) pages', async () => {
  const manifest = JSON.parse(await readFile(`${CHROME_BUILD}/manifest.json`, 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.content_security_policy).toBeUndefined();
});

// The manifest's stylesheets are added to every page from its first paint, before any test
// could take a "before" picture of the page: they may style nothing but our own elements.
test('the stylesheets added to every page style only our highlights, marks and UI host', async () => {
  const manifest = JSON.parse(await readFile(`${CHROME_BUILD}/manifest.json`, 'utf8'));
  const files: string[] = manifest.content_scripts.flatMap(
    (script: { css?: string[] }) => script.css ?? [],
  );
  expect(files.length).toBeGreaterThan(0);
  const ours =
    /^(::highlight\(context-cards-[a-z-]+\)|context-cards-(mark|ui)(\[data-[a-z]+(=['"]?[a-z]+['"]?)?\])*)$/;
  for (const file of files) {
    const css = (await readFile(`${CHROME_BUILD}/${file}`, 'utf8')).replace(
      /\/\*[\s\S]*?\*\//g,
      '',
    );
    expect(css, `${file}: no at-rules, no remote resources`).not.toMatch(/@|url\(/);
    const selectors = css
      .split('}')
      .filter((rule) => rule.trim())
      .flatMap((rule) => rule.split('{')[0]!.split(','));
    expect(selectors.length).toBeGreaterThan(0);
    expect(
      selectors.map((selector) => selector.trim()).filter((selector) => !ours.test(selector)),
      file,
    ).toEqual([]);
  }
});

test('the extension loads and exposes its service worker', async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('the content script highlights the story on the demo page', async ({ page, server }) => {
  await page.goto(`${server}/demo/`);
  await waitForScan(page);
  const found = await highlighted(page);
  expect(found).toContainEqual({ kind: 'person', text: 'Claudia Sheinbaum' });
  expect(found).toContainEqual({ kind: 'person', text: 'Marco Rubio' });
  expect(found.map((item) => item.text)).toContain('foreign terrorist organization');
  expect(found.map((item) => item.text)).toContain('organización terrorista extranjera');
  expect(found).toContainEqual({ kind: 'organization', text: 'cárteles' });
  // "trump card" in the bridge-club aside is not Donald Trump.
  expect(found.map((item) => item.text.toLowerCase())).not.toContain('trump');
  expect(found).toContainEqual({ kind: 'person', text: 'Donald Trump' });
  expect(found).toContainEqual({ kind: 'event', text: 'Trump’s first term' });
});

test('the popup protocol reports what the page mentions', async ({ context, page, server }) => {
  await page.goto(`${server}/demo/`);
  await waitForScan(page);
  const report = await pageMentions(context, page);
  expect(report.url).toBe(`${server}/demo/`);
  const sheinbaum = report.entries.find((entry) => entry.entryId === 'claudia-sheinbaum');
  expect(sheinbaum?.texts).toEqual(expect.arrayContaining(['Claudia Sheinbaum', 'Sheinbaum']));
  expect(report.total).toBe(report.entries.reduce((sum, entry) => sum + entry.count, 0));
});

test('the toolbar badge counts the highlights drawn on the page', async ({
  context,
  page,
  server,
}) => {
  await page.goto(`${server}/demo/`);
  await waitForScan(page);
  const drawn = (await highlighted(page)).length;
  expect(drawn).toBeGreaterThan(10);
  await expect.poll(() => badgeOf(context, page)).toBe(badgeText(drawn));
  // What the popup will be told agrees with both.
  expect((await pageMentions(context, page)).total).toBe(drawn);
});

test('the toolbar badge follows the count down and is cleared at zero', async ({
  context,
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/dynamic.html`);
  await waitForScan(page);
  await expect.poll(() => badgeOf(context, page)).toBe('2');
  await page.evaluate(() => document.querySelector('#second')!.remove());
  await expect.poll(() => badgeOf(context, page)).toBe('1');
  await page.evaluate(() => document.querySelector('#first')!.remove());
  await expect.poll(() => highlighted(page)).toEqual([]);
  await expect.poll(() => badgeOf(context, page)).toBe('');
});

test('the toolbar badge is empty on a page without mentions', async ({ context, page, server }) => {
  await page.goto(`${server}/fixtures/dynamic.html`);
  await waitForScan(page);
  await expect.poll(() => badgeOf(context, page)).toBe('2');
  // The same tab goes on to a page that names nobody.
  await page.goto(`${server}/fixtures/no-mentions.html`);
  await waitForScan(page);
  expect(await highlighted(page)).toEqual([]);
  await expect.poll(() => badgeOf(context, page)).toBe('');
});
