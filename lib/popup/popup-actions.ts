/**
 * The popup's dealings with the browser: which tab it acts for, what that tab's page says, and
 * the switches. It needs no permission beyond `storage`: `tabs.query` gives the active tab's
 * id without `tabs`, and `tabs.sendMessage` reaches our own content script.
 */
import { browser } from 'wxt/browser';
import type { Catalog } from '../catalog/catalog';
import type { PageState } from '../messages';
import { askPage } from '../messages';
import { writeSetting } from '../settings/settings';
import { setSiteSwitch } from '../settings/site-lists';
import type { PopupView } from './popup-model';
import { groupEntries, tabFromSearch, unavailableReason } from './popup-model';

/** The tab the popup acts for (`?tab=<id>`, else the active tab), with its URL when known. */
export async function targetTab(search: string): Promise<{ id: number; url?: string } | null> {
  const fromSearch = tabFromSearch(search);
  if (fromSearch !== null) {
    const tab = await browser.tabs.get(fromSearch).catch(() => null);
    return { id: fromSearch, url: tab?.url };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? null : { id: active.id, url: active.url };
}

/** What the popup shows for a tab: its page's state, or why there is none. */
export async function viewOfTab(
  tab: { id: number; url?: string } | null,
  catalog: Catalog,
): Promise<PopupView> {
  if (!tab) return { kind: 'unavailable', why: 'unknown' };
  const state = await askPage<PageState>(tab.id, { type: 'get-page-state' });
  if (!state) return { kind: 'unavailable', why: unavailableReason(tab.url) };
  return { kind: 'page', state, groups: groupEntries(state, catalog) };
}

/** Turns Context Cards on or off for `host` in the current mode, as the switch says. */
export function switchSite(host: string, on: boolean): Promise<void> {
  return setSiteSwitch(host, on);
}

/** Turns Context Cards on or off everywhere. */
export function switchGlobal(on: boolean): Promise<void> {
  return writeSetting('enabled', on);
}

/** Scrolls the tab to the entry's next mention and opens its card. */
export function showEntry(tabId: number, entryId: string): Promise<boolean | null> {
  return askPage<boolean>(tabId, { type: 'show-entry', entryId });
}
