import type { Page } from 'puppeteer-core';
import { centre, readMentionBoxes } from './card-helpers';
import { expect, openInFirefox, skipWithoutFirefox, test } from './firefox-fixtures';

skipWithoutFirefox();

// The card in the page: its dialog's accessible name and visibility, read from its open shadow
// root as a screen reader's tree would name it (aria-labelledby → the heading).
function cardState(page: Page) {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('context-cards-ui')
      ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) return null;
    const title = dialog.getRootNode() as ShadowRoot;
    const name = title.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent;
    const box = dialog.getBoundingClientRect();
    return {
      name,
      visible: getComputedStyle(dialog).visibility === 'visible',
      evidence: dialog.querySelector('.evidence')?.textContent ?? '',
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  });
}

// The centre of the first line box of a highlighted mention inside `within`.
async function pointOn(page: Page, text: string, within: string) {
  const [box] = await page.evaluate(readMentionBoxes, { text, within });
  return centre(box!);
}

test('Firefox: hover opens the card, it can be entered, Esc closes it, another mention switches it', async ({
  firefoxBrowser,
  server,
}) => {
  const { page, errors } = await openInFirefox(firefoxBrowser, `${server}/fixtures/card.html`);
  const president = await pointOn(page, 'Claudia Sheinbaum', '#first');
  await page.mouse.move(president.x, president.y, { steps: 3 });
  await expect
    .poll(() => cardState(page))
    .toMatchObject({ name: 'Claudia Sheinbaum', visible: true });
  const state = (await cardState(page))!;
  expect(state.evidence).toContain('Mexican President Claudia Sheinbaum has firmly rejected');
  // Into the card: it stays.
  await page.mouse.move(state.box.x + 30, state.box.y + 20, { steps: 8 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await cardState(page)).toMatchObject({ visible: true });
  // Another mention: the card switches.
  const rubio = await pointOn(page, 'Marco Rubio', '#first');
  await page.mouse.move(rubio.x, rubio.y, { steps: 8 });
  await expect.poll(() => cardState(page)).toMatchObject({ name: 'Marco Rubio', visible: true });
  await page.keyboard.press('Escape');
  await expect.poll(() => cardState(page)).toBeNull();
  expect(errors).toEqual([]);
  await page.close();
});
