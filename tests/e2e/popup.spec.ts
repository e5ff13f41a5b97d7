import { expect, test } from './fixtures';
import { badgeText } from '../../lib/background/badge-text';
import { axeViolations } from './axe';
import { card, pressShortcut } from './card-helpers';
import { badgeOf, highlighted, waitForScan } from './page-helpers';
import { openPopupFor, popupOnDemo, popupTimeToContent, siteSwitch } from './popup-helpers';
import { clearStorage, writeStorage } from './storage-helpers';

test.afterEach(async ({ context }) => clearStorage(context));

/** The same demo page on another site: the server also answers as `localhost`. */
const otherSite = (server: string) => server.replace('127.0.0.1', 'localhost');

test('the popup lists the page entries by kind with counts and a total', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const { popup, drawn } = await popupOnDemo({ context, page, server, extensionId });
  await expect(popup.getByText('127.0.0.1', { exact: true })).toBeVisible();
  await expect(
    popup.getByRole('heading', { name: `${drawn} mentions on this page` }),
  ).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Person' })).toBeVisible();
  console.log(`popup open to content: ${(await popupTimeToContent(popup)).toFixed(1)} ms`);
});

test('switching a site off clears it in every tab of the site, survives a reload, and back on', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  await page.goto(`${server}/demo/`);
  const sameSite = await context.newPage();
  await sameSite.goto(`${server}/demo/`);
  const other = await context.newPage();
  await other.goto(`${otherSite(server)}/demo/`);
  for (const tab of [page, sameSite, other]) await waitForScan(tab);
  const drawn = (await highlighted(page)).length;
  await expect.poll(() => badgeOf(context, page)).toBe(badgeText(drawn));

  const popup = await openPopupFor(context, extensionId, page);
  await expect(siteSwitch(popup)).toBeChecked();
  await siteSwitch(popup).click();
  await expect(siteSwitch(popup)).not.toBeChecked();
  await expect(popup.getByText('Highlighting is off on this site.')).toBeVisible();
  await expect.poll(() => highlighted(page)).toEqual([]);
  await expect.poll(() => highlighted(sameSite)).toEqual([]);
  expect((await highlighted(other)).length).toBe(drawn);
  await expect.poll(() => badgeOf(context, page)).toBe('off');

  await page.reload();
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  expect(await highlighted(page)).toEqual([]);

  await popup.reload();
  await siteSwitch(popup).click();
  await expect.poll(async () => (await highlighted(page)).length).toBe(drawn);
  await expect.poll(async () => (await highlighted(sameSite)).length).toBe(drawn);
});

test('the global switch turns every site off and on, and the site command toggles', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const { popup, drawn } = await popupOnDemo({ context, page, server, extensionId });
  const globalSwitch = popup.getByRole('switch', { name: 'Context Cards on everywhere' });
  await globalSwitch.click();
  await expect(popup.getByText('Context Cards is off everywhere.')).toBeVisible();
  await expect.poll(() => highlighted(page)).toEqual([]);
  await globalSwitch.click();
  await expect.poll(async () => (await highlighted(page)).length).toBe(drawn);

  // The keyboard command, on the page itself; the popup follows.
  await page.bringToFront();
  await pressShortcut(page, 'k');
  await expect.poll(() => highlighted(page)).toEqual([]);
  await expect(siteSwitch(popup)).not.toBeChecked();
  await pressShortcut(page, 'k');
  await expect.poll(async () => (await highlighted(page)).length).toBe(drawn);
  await expect(siteSwitch(popup)).toBeChecked();
});

test('in mode "only on sites I turn on" nothing is highlighted until the site is', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  await writeStorage(context, 'sync', { siteMode: 'only' });
  await page.goto(`${server}/demo/`);
  await page.waitForLoadState('load');
  const popup = await openPopupFor(context, extensionId, page);
  await expect(popup.getByText(/runs only on the sites you turn on/)).toBeVisible();
  expect(await highlighted(page)).toEqual([]);
  await siteSwitch(popup).click();
  await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(10);
});

test('choosing an entry scrolls to its mention and opens its card', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const { popup } = await popupOnDemo({ context, page, server, extensionId });
  await popup.getByRole('button', { name: /^Claudia Sheinbaum/ }).click();
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
});

test('the popup explains a page it cannot run on', async ({ context, extensionId, page }) => {
  await page.goto('about:blank');
  const popup = await openPopupFor(context, extensionId, page);
  await expect(popup.getByText(/is not running on this page/)).toBeVisible();
  await expect(popup.getByRole('switch')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the popup has no WCAG A/AA violations (${scheme})`, async ({
    context,
    page,
    server,
    extensionId,
  }) => {
    const { popup } = await popupOnDemo({ context, page, server, extensionId });
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(siteSwitch(popup)).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);
  });
}

test('the popup says why the page counts as about the story, and why another does not', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const { popup } = await popupOnDemo({ context, page, server, extensionId });
  await expect(
    popup.getByText(/^About the story: the page names \d+ of its entries: .*Claudia Sheinbaum/),
  ).toBeVisible();
  await popup.close();
  // A page on other things that names the story's everyday entries stays dark, and says why.
  await page.goto(`${server}/fixtures/off-story/en-tourism-cancun.html`);
  await waitForScan(page);
  const other = await openPopupFor(context, extensionId, page);
  await expect(other.getByText('Nothing from the story is mentioned on this page.')).toBeVisible();
  await expect(other.getByText(/^Not about the story: the page names/)).toBeVisible();
  await other.close();
});
