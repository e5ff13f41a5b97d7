import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  cleanUpAfterEachTest,
  DATASETS,
  EXAMPLES,
  openOptions,
  optionsSection,
  pickFile,
} from './options-helpers';
import { readStorage } from './storage-helpers';

cleanUpAfterEachTest();

const synced = (page: Page, name: string) =>
  expect.poll(async () => (await readStorage(page.context(), 'sync'))[name]);

// Marks every control a reader can use (visible, enabled) with a number, and returns how many.
// A group of radio buttons is one stop (Tab reaches the checked one, arrows the others).
function markControls(): number {
  const selector = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
  const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (element) =>
      !element.matches(':disabled, [hidden], [aria-hidden="true"]') &&
      element.getClientRects().length > 0,
  );
  const stops = new Set<string>();
  controls.forEach((element, i) => {
    const { type, name } = element as HTMLInputElement;
    const stop = type === 'radio' ? `radio ${name}` : String(i);
    element.dataset.control = stop;
    stops.add(stop);
  });
  return stops.size;
}

// The focused control's number, and whether a focus ring of 2px or more is drawn around it.
function focusedControl(): { control: string | null; ring: boolean } {
  const element = document.activeElement as HTMLElement | null;
  const style = element ? getComputedStyle(element) : null;
  return {
    control: element?.dataset.control ?? null,
    ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
}

test('Tab reaches every control of the options page, each with a visible focus ring', async ({
  context,
  extensionId,
  page,
}) => {
  const options = await openOptions(context, extensionId, page);
  // With a dataset, so that its switch and its button are there too.
  await pickFile(options, DATASETS, EXAMPLES.valid);
  await expect(optionsSection(options, DATASETS).getByRole('status')).toBeVisible();
  const count = await options.evaluate(markControls);
  expect(count).toBeGreaterThan(20);
  const reached = new Set<string>();
  const withoutRing: string[] = [];
  for (let press = 0; press < count + 5; press++) {
    await options.keyboard.press('Tab');
    const { control, ring } = await options.evaluate(focusedControl);
    if (control === null) continue;
    reached.add(control);
    if (!ring) withoutRing.push(control);
  }
  const missed = await options.evaluate(
    (reached) =>
      [...document.querySelectorAll<HTMLElement>('[data-control]')]
        .filter((element) => !reached.includes(element.dataset.control!))
        .map((element) => element.outerHTML.slice(0, 120)),
    [...reached],
  );
  expect(missed).toEqual([]);
  expect(withoutRing).toEqual([]);
});

test('with the keyboard alone: preferences change, a site is added, a dataset imported and removed', async ({
  context,
  extensionId,
  page,
}) => {
  const options = await openOptions(context, extensionId, page);

  // A link at the top moves focus to its section: the next Tab lands in it.
  await options.getByRole('link', { name: DATASETS }).focus();
  await options.keyboard.press('Enter');
  await options.keyboard.press('Tab');
  await expect(
    optionsSection(options, DATASETS).getByRole('button', { name: 'Choose a file…' }),
  ).toBeFocused();

  // Arrow keys move through the styles, Space toggles a kind, arrows move the delay.
  await options.getByRole('radio', { name: /^Tint and underline/ }).focus();
  await options.keyboard.press('ArrowDown');
  await expect(options.getByRole('radio', { name: /^Underline/ })).toBeChecked();
  await synced(options, 'highlightStyle').toBe('underline');
  await options.getByRole('checkbox', { name: 'Person' }).focus();
  await options.keyboard.press('Space');
  await synced(options, 'kinds').not.toContain('person');
  await options.getByRole('slider', { name: 'Hover delay' }).focus();
  await options.keyboard.press('ArrowRight');
  await options.keyboard.press('Tab');
  await synced(options, 'hoverDelayMs').toBeGreaterThan(0);

  // Enter in the field adds the site.
  await options.getByRole('radio', { name: 'Only on the sites listed below' }).check();
  await options.getByRole('textbox', { name: 'Add a site' }).focus();
  await options.keyboard.type('news.example.org');
  await options.keyboard.press('Enter');
  const sites = optionsSection(options, 'Where it runs');
  await expect(sites.getByText('news.example.org', { exact: true })).toBeVisible();

  // Enter on the file button opens the file picker: its file input is clicked. (Headless
  // Chromium's native picker is not used: Playwright's interception of it proved unreliable
  // with several tabs open.) The file is then given to that input, and removed with Enter.
  const datasets = optionsSection(options, DATASETS);
  const input = datasets.locator('input[type=file]');
  await input.evaluate((element) => {
    element.addEventListener('click', (event) => {
      event.preventDefault();
      element.dataset.opened = 'yes';
    });
  });
  await datasets.getByRole('button', { name: 'Choose a file…' }).focus();
  await options.keyboard.press('Enter');
  await expect(input).toHaveAttribute('data-opened', 'yes');
  await input.setInputFiles(EXAMPLES.valid);
  await expect(datasets.getByRole('status')).toContainText('Imported');
  await datasets.getByRole('button', { name: /^Remove/ }).focus();
  await options.keyboard.press('Enter');
  await expect(datasets.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  // The background removes the compiled dictionary once it hears of the removal.
  await expect.poll(() => readStorage(context, 'local')).toEqual({ 'imported-datasets': [] });
});
