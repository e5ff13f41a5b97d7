import { expect, test } from './fixtures';
import { highlightedTexts, waitForScan } from './page-helpers';

const withinASecond = { timeout: 1000 };

test.beforeEach(async ({ page, server }) => {
  await page.goto(`${server}/fixtures/dynamic.html`);
  await waitForScan(page);
  expect(await highlightedTexts(page)).toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
});

test('follows appended content (infinite scroll)', async ({ page }) => {
  await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
  await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
  // Each item is an <article> naming Sheinbaum and FIFA only: her name shows itself, while
  // FIFA, an everyday entry, waits for an item about the story (see story-gate.spec.ts).
  await expect
    .poll(() => highlightedTexts(page), withinASecond)
    .toEqual(['Claudia Sheinbaum', 'Marco Rubio', 'Sheinbaum', 'Sheinbaum']);
});

test('follows edited text and drops what is gone', async ({ page }) => {
  await page.evaluate(() => {
    document.querySelector('#first')!.firstChild!.textContent = 'Ron DeSantis spoke on Tuesday.';
  });
  await expect
    .poll(() => highlightedTexts(page), withinASecond)
    .toEqual(['Marco Rubio', 'Ron DeSantis']);
  await page.evaluate(() => {
    document.querySelector('#first')!.firstChild!.textContent = 'Nobody spoke.';
  });
  await expect.poll(() => highlightedTexts(page), withinASecond).toEqual(['Marco Rubio']);
});

test('drops mentions of removed nodes', async ({ page }) => {
  await page.evaluate(() => document.querySelector('#second')!.remove());
  await expect.poll(() => highlightedTexts(page), withinASecond).toEqual(['Claudia Sheinbaum']);
});

test('follows a single-page-app view swap and the back button', async ({ page }) => {
  await page.evaluate(() => (window as unknown as { showView(view: number): void }).showView(2));
  await expect
    .poll(() => highlightedTexts(page), withinASecond)
    .toEqual(['Gianni Infantino', 'Ron DeSantis']);
  await page.goBack();
  await expect
    .poll(() => highlightedTexts(page), withinASecond)
    .toEqual(['Claudia Sheinbaum', 'Marco Rubio']);
});

test('a mention split by an inserted block is no longer one mention', async ({ page }) => {
  await page.evaluate(() => {
    const text = document.querySelector('#first')!.firstChild as Text;
    const rest = text.splitText('Claudia '.length);
    const block = document.createElement('div');
    block.textContent = '—';
    rest.before(block);
  });
  await expect
    .poll(() => highlightedTexts(page), withinASecond)
    .toEqual(['Marco Rubio', 'Sheinbaum']);
});
