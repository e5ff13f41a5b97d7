import { browser } from 'wxt/browser';
import type { ContentRequest } from './messages';

/** Asks the top frame of a tab's content script; null when none runs there. */
export async function askPage<T>(tabId: number, request: ContentRequest): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as T) ?? null;
  } catch {
    return null;
  }
}
