import type { BrowserContext, Page } from '@playwright/test';
import { highlighted, waitForScan } from './page-helpers';
import { serviceWorker } from './storage-helpers';

interface ChromeTabs {
  tabs: { query(info: object): Promise<{ id?: number }[]> };
}

/** The tab id of `page`, read from the service worker (the page is brought to the front). */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    const [tab] = await chrome.tabs.query({ active: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/**
 * Opens the popup page in a tab of its own (or in `popup`, a blank page opened for it), acting
 * for `page`'s tab (`popup.html?tab=<id>`).
 */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  popup?: Page,
): Promise<Page> {
  const tabId = await tabIdOf(context, page);
  popup ??= await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The popup's "Highlight on this site" switch. */
export const siteSwitch = (popup: Page) =>
  popup.getByRole('switch', { name: 'Highlight on this site' });

/** Milliseconds from the popup's first script to its first content, as the popup measured it. */
export function popupTimeToContent(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    for (;;) {
      const [measure] = performance.getEntriesByName('popup-open-to-content');
      if (measure) return measure.duration;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
}

/** Loads the demo page in `page`, then opens the popup for it; gives the highlights drawn too. */
export async function popupOnDemo({
  context,
  page,
  server,
  extensionId,
}: PopupFixtures): Promise<{ popup: Page; drawn: number }> {
  await page.goto(`${server}/demo/`);
  await waitForScan(page);
  const drawn = (await highlighted(page)).length;
  return { popup: await openPopupFor(context, extensionId, page), drawn };
}

/** The test fixtures `popupOnDemo` needs. */
export interface PopupFixtures {
  context: BrowserContext;
  page: Page;
  server: string;
  extensionId: string;
}
