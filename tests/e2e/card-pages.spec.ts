import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { card, cardBox, centre, hoverMention, mentionBoxes } from './card-helpers';
import { expect, test } from './fixtures';
import { waitForScan } from './page-helpers';
import { clearStorage, writeStorage } from './storage-helpers';

// The card's look, as the reader sees it: its box size and the computed styles that make it.
function cardLook(page: Page) {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('context-cards-ui')!
      .shadowRoot!.querySelector<HTMLElement>('[role=dialog]')!;
    const pick = (element: Element, names: string[]) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
    };
    const box = dialog.getBoundingClientRect();
    return {
      width: box.width,
      card: pick(dialog, [
        'position',
        'display',
        'font-family',
        'font-size',
        'line-height',
        'color',
        'background-color',
        'border-top-width',
        'border-radius',
        'padding-left',
        'opacity',
        'visibility',
      ]),
      heading: pick(dialog.querySelector('h2')!, ['font-size', 'font-weight', 'display']),
      host: pick(
        dialog.getRootNode() instanceof ShadowRoot
          ? (dialog.getRootNode() as ShadowRoot).host
          : dialog,
        ['display', 'position', 'opacity', 'z-index'],
      ),
    };
  });
}

test('a page’s hostile styles do not change the card', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/card.html`);
  await waitForScan(page);
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
  const normal = await cardLook(page);

  await page.goto(`${server}/fixtures/card-hostile.html`);
  await waitForScan(page);
  await hoverMention(page, 'Claudia Sheinbaum');
  await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
  expect(await cardLook(page)).toEqual(normal);
  expect(normal.card['font-size']).toBe('14px');
  expect(normal.host['opacity']).toBe('1');
});

test('a mention inside a frame gets the frame’s own card', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/frames.html`);
  await waitForScan(page);
  for (const id of ['#same', '#cross']) {
    const frame = (await page.locator(id).elementHandle())!.contentFrame();
    const inFrame = (await frame)!;
    await waitForScan(inFrame);
    const offset = (await page.locator(id).boundingBox())!;
    const [box] = await mentionBoxes(inFrame, 'Marco Rubio');
    const point = centre(box!);
    // The frame's border and padding: the frame's content starts at its client box.
    const inset = await page.locator(id).evaluate((frame) => ({
      x: frame.clientLeft,
      y: frame.clientTop,
    }));
    await page.mouse.move(offset.x + inset.x + point.x, offset.y + inset.y + point.y, { steps: 3 });
    await expect(card(inFrame, 'Marco Rubio')).toBeVisible();
    await expect(card(page)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(card(inFrame)).toHaveCount(0);
  }
});

test('a mention inside an open shadow root gets a card', async ({ page, server }) => {
  await page.goto(`${server}/fixtures/shadow.html`);
  await waitForScan(page);
  await expect
    .poll(async () => (await mentionBoxes(page, 'Marco Rubio', 'news-quote')).length)
    .toBe(1);
  await hoverMention(page, 'Marco Rubio', 'news-quote');
  await expect(card(page, 'Marco Rubio')).toBeVisible();
});

test('on a right-to-left page the card keeps its own direction and stays in view', async ({
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/card-rtl.html`);
  await waitForScan(page);
  await hoverMention(page, 'Claudia Sheinbaum');
  const dialog = card(page, 'Claudia Sheinbaum');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  const box = (await cardBox(page))!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('a mention in the page’s modal dialog gets its card drawn above the dialog; the page behind stays quiet', async ({
  page,
  server,
}) => {
  await page.goto(`${server}/fixtures/card-dialog.html`);
  await waitForScan(page);
  await page.evaluate(() => (window as unknown as { openModal(): void }).openModal());
  await expect
    .poll(async () => (await mentionBoxes(page, 'Marco Rubio', '#inside')).length)
    .toBe(1);
  await hoverMention(page, 'Marco Rubio', '#inside');
  await expect(card(page, 'Marco Rubio')).toBeVisible();
  // In the top layer, above the dialog (which leaves the rest of the page, the card too, inert:
  // there the card can be read and dismissed with Esc, not clicked).
  expect(await card(page).evaluate((dialog) => dialog.matches(':popover-open'))).toBe(true);
  await page.keyboard.press('Escape');
  // The mention behind the modal dialog is inert: resting on it opens nothing.
  await page.evaluate(() => (window as unknown as { openModal(): void }).openModal());
  await hoverMention(page, 'Claudia Sheinbaum', '#outside');
  await page.waitForTimeout(700);
  await expect(card(page)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG A/AA violation in the open card (${colorScheme})`, async ({
    page,
    server,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server}/fixtures/card.html`);
    await waitForScan(page);
    await hoverMention(page, 'Claudia Sheinbaum', '#first');
    await expect(card(page, 'Claudia Sheinbaum')).toBeVisible();
    const violations = await axeViolations(page, {
      fromShadowDom: ['context-cards-ui', '[role="dialog"]'],
    });
    expect(violations).toEqual([]);
  });
}

test('with reduced motion the card appears without animation', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server}/fixtures/card.html`);
  await waitForScan(page);
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  const dialog = card(page, 'Claudia Sheinbaum');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.mouse.move(5, 700);
  await expect(dialog).toHaveCount(0);
  await hoverMention(page, 'Claudia Sheinbaum', '#first');
  expect(await card(page).evaluate((element) => getComputedStyle(element).animationName)).toBe(
    'cc-appear',
  );
});

test('the subtle style draws nothing until the pointer is over a paragraph, then underlines its mentions', async ({
  page,
  server,
  context,
}) => {
  await writeStorage(context, 'sync', { highlightStyle: 'subtle' });
  try {
    await page.goto(`${server}/fixtures/card.html`);
    await waitForScan(page);
    const drawn = () =>
      page.evaluate(() =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('context-cards-'))
          .flatMap(([name, highlight]) => [...highlight].map(() => name))
          .sort(),
      );
    expect(await drawn()).toEqual([]);
    const paragraph = (await page.locator('#first').boundingBox())!;
    await page.mouse.move(paragraph.x + 4, paragraph.y + 4, { steps: 2 });
    await expect
      .poll(drawn)
      .toEqual([
        'context-cards-near-concept',
        'context-cards-near-organization',
        'context-cards-near-person',
        'context-cards-near-person',
      ]);
    await page.mouse.move(paragraph.x + 4, paragraph.y - 60, { steps: 2 });
    await expect.poll(drawn).toEqual([]);
  } finally {
    await clearStorage(context);
  }
});
