import type { BrowserContext, Frame, Page } from '@playwright/test';
import type { PageMentions } from '../../lib/messages';

/** A highlighted piece of text as the page sees it: its highlight's kind and its text. */
export interface Highlighted {
  kind: string;
  text: string;
}

/** Waits until the content script has finished a full pass over the page. */
export async function waitForScan(target: Page | Frame, timeout = 15_000): Promise<void> {
  await target.waitForFunction(
    () => performance.getEntriesByName('context-cards:scan-complete').length > 0,
    undefined,
    { timeout },
  );
}

/** Every range in the page's `CSS.highlights` registered by Context Cards, sorted. */
export function highlighted(target: Page | Frame): Promise<Highlighted[]> {
  return target.evaluate(() => {
    const found: { kind: string; text: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('context-cards-')) continue;
      for (const abstractRange of highlight) {
        const range = document.createRange();
        range.setStart(abstractRange.startContainer, abstractRange.startOffset);
        range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
        found.push({ kind: name.slice('context-cards-'.length), text: range.toString() });
      }
    }
    return found.sort((a, b) => a.text.localeCompare(b.text) || a.kind.localeCompare(b.kind));
  });
}

/** Just the highlighted texts, sorted. */
export async function highlightedTexts(target: Page | Frame): Promise<string[]> {
  return (await highlighted(target)).map((item) => item.text);
}

/** What the content script of `page`'s top frame reports, asked the way the popup asks. */
export async function pageMentions(context: BrowserContext, page: Page): Promise<PageMentions> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = page.url();
  return worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === pageUrl) ?? tabs.find((t) => t.active);
    if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
    return chrome.tabs.sendMessage(tab.id, { type: 'get-page-mentions' }, { frameId: 0 });
  }, url);
}
