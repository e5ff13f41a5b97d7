import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Box } from './card-helpers';
import {
  card,
  cardBox,
  centre,
  hoverMention,
  mentionBoxes,
  overlaps,
  pressShortcut,
  uiHosts,
} from './card-helpers';
import { collectErrors, waitForScan } from './page-helpers';

test.beforeEach(async ({ page, server }) => {
  await page.goto(`${server}/fixtures/card.html`);
  await waitForScan(page);
});

test('resting on a mention opens its card: a dialog named after the entry, with evidence', async ({
  page,
}) => {
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  const dialog = card(page, 'Claudia Sheinbaum');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Mexico’s president, who rules out any US military action');
  await expect(dialog.getByRole('heading', { name: 'In this story' })).toBeVisible();
  await expect(dialog.getByLabel('From the article').first()).toContainText(
    'Mexican President Claudia Sheinbaum has firmly rejected',
  );
  await expect(dialog.getByRole('heading', { name: 'In their words' })).toBeVisible();
  await expect(dialog).toContainText('— Claudia Sheinbaum');
  await expect(dialog).toContainText('Source: Sheinbaum rejects US military intervention');
});

test('passing over a mention opens nothing; the card is hoverable and persistent', async ({
  page,
}) => {
  const { point } = await hoverMention(page, 'Claudia Sheinbaum', '#first');
  await page.mouse.move(point.x, point.y + 200);
  await page.waitForTimeout(600);
  await expect(card(page)).toHaveCount(0);

  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  const dialog = card(page, 'Claudia Sheinbaum');
  await expect(dialog).toBeVisible();
  const box = (await cardBox(page))!;
  // Into the card, slowly, and stay there: it stays open.
  await page.mouse.move(box.x + 40, box.y + 30, { steps: 8 });
  await page.waitForTimeout(1500);
  await expect(dialog).toBeVisible();
  // Leaving both mention and card closes it after the grace.
  await page.mouse.move(5, 600);
  await expect(dialog).toHaveCount(0);
});

test('Esc closes the card without moving focus, and it stays closed on the same mention', async ({
  page,
}) => {
  await page.locator('#start').focus();
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await expect(page.locator('#start')).toBeFocused();
  await page.waitForTimeout(800);
  await expect(card(page)).toHaveCount(0);
});

test('moving to another mention switches the card in place', async ({ page }) => {
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
  await hoverMention(page, 'Marco Rubio', '#first');
  await expect(card(page, 'Marco Rubio')).toBeVisible();
  await expect(card(page)).toHaveCount(1);
});

test('a related entry switches the card, and Back returns', async ({ page }) => {
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  const first = card(page, 'Claudia Sheinbaum');
  await expect(first).toBeVisible();
  const box = (await cardBox(page))!;
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 8 });
  await first.getByRole('button', { name: 'Marco Rubio' }).click();
  const related = card(page, 'Marco Rubio');
  await expect(related).toBeVisible();
  await related.getByRole('button', { name: 'Back to Claudia Sheinbaum' }).click();
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
});

test('previous and next move between the entry’s mentions', async ({ page }) => {
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  const dialog = card(page, 'Claudia Sheinbaum');
  await expect(dialog).toContainText('Mention 2 of 4 on this page');
  const box = (await cardBox(page))!;
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 8 });
  await dialog.getByRole('button', { name: 'Next mention' }).click();
  await expect(dialog).toContainText('Mention 3 of 4 on this page');
  await dialog.getByRole('button', { name: 'Next mention' }).click();
  await expect(dialog).toContainText('Mention 4 of 4 on this page');
  await expect(dialog.getByRole('button', { name: 'Next mention' })).toBeDisabled();
});

test('the keyboard commands move from mention to mention, focus the card, and Esc returns focus', async ({
  page,
}) => {
  await page.locator('#start').focus();
  await pressShortcut(page, '.');
  const first = card(page);
  await expect(first).toBeVisible();
  await expect(first).toBeFocused();
  const name = await first.getAttribute('aria-labelledby');
  expect(name).toBeTruthy();
  // Tab reaches the card's controls.
  await page.keyboard.press('Tab');
  await expect(first.locator(':focus')).toHaveCount(1);
  await pressShortcut(page, '.');
  await expect(card(page)).toBeVisible();
  await pressShortcut(page, ',');
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await expect(page.locator('#start')).toBeFocused();
});

for (const id of ['top-left', 'top-right', 'bottom-left', 'bottom-right']) {
  test(`a mention at the ${id} of the viewport gets a card fully in view, beside it`, async ({
    page,
  }) => {
    const text = await page.locator(`#${id}`).innerText();
    const { boxes } = await hoverMention(page, text.trim(), `#${id}`);
    await expect(card(page)).toBeVisible();
    await expectInViewAndClear(page, boxes[0]!);
  });
}

test('in a scrolled page the card follows its mention and stays clear of it', async ({ page }) => {
  // The paragraph a third of the way down a scrolled page: the card goes below it.
  await page.evaluate(() => {
    document.querySelector('#far')!.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -250);
  });
  const { boxes } = await hoverMention(page, 'Sheinbaum', '#far');
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
  await expectInViewAndClear(page, boxes[0]!);
  // Scrolled a little, so that the pointer stays on the mention: the card moves with it.
  const before = (await cardBox(page))!;
  await page.evaluate(() => window.scrollBy(0, 8));
  await expect.poll(async () => (await cardBox(page))!.y).toBeCloseTo(before.y - 8, 0);
  await expectInViewAndClear(page, (await mentionBoxes(page, 'Sheinbaum', '#far'))[0]!);
});

test('a mention over two lines anchors the card to the line under the pointer', async ({
  page,
}) => {
  const boxes = await mentionBoxes(page, 'Claudia Sheinbaum', '#narrow');
  expect(boxes.length).toBe(2);
  const point = centre(boxes[1]!);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect(card(page)).toBeVisible();
  const box = (await cardBox(page))!;
  expect(box.y).toBeGreaterThanOrEqual(boxes[1]!.y + boxes[1]!.height);
});

test('a tap opens the card, a tap elsewhere closes it, and a tapped link still works', async ({
  page,
  server,
}) => {
  // Taps as a touch screen makes them: pointer events of type "touch", then a click.
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const tap = async (x: number, y: number) => {
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const [president] = await mentionBoxes(page, 'Claudia Sheinbaum', '#president');
  await tap(centre(president!).x, centre(president!).y);
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
  await tap(20, 600);
  await expect(card(page)).toHaveCount(0);
  const [link] = await mentionBoxes(page, 'Marco Rubio', '#link');
  await tap(centre(link!).x, centre(link!).y);
  await expect(card(page, 'Marco Rubio')).toBeVisible();
  await expect(page).toHaveURL(`${server}/fixtures/card.html#linked`);
});

test('after cards open and close, the page holds one UI host and nothing else of ours', async ({
  page,
}) => {
  expect(await uiHosts(page)).toBe(0);
  for (const text of ['Claudia Sheinbaum', 'Marco Rubio', 'FIFA']) {
    await hoverMention(page, text, '#first');
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
  }
  expect(await uiHosts(page)).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe(
    'context-cards-ui',
  );
});

test('a page that stops pointer events at the window causes no extension error', async ({
  page,
  server,
  extensionId,
}) => {
  for (const how of ['stopPropagation', 'stopImmediatePropagation']) {
    const errors = collectErrors(page, extensionId);
    await page.goto(`${server}/fixtures/card-stop-events.html?how=${how}`);
    await waitForScan(page);
    await hoverMention(page, 'Claudia Sheinbaum');
    await page.waitForTimeout(500);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  }
});

// The card is inside the viewport and does not cover the mention's line box.
async function expectInViewAndClear(page: Page, mention: Box) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const dialog = document
          .querySelector('context-cards-ui')
          ?.shadowRoot?.querySelector('[role=dialog]');
        return dialog ? getComputedStyle(dialog).visibility : 'none';
      }),
    )
    .toBe('visible');
  const box = (await cardBox(page))!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(overlaps(box, mention)).toBe(false);
}
