/**
 * The popup's dealings with the browser, passed to the popup from its entrypoint (as the options
 * page gets its source and actions): which tab it acts for, what that tab's page says, and the
 * switches. It needs no permission beyond `storage`: `tabs.query` gives the active tab's id
 * without `tabs`, and `tabs.sendMessage` reaches our own content script.
 */
import { browser } from 'wxt/browser';
import { loadCatalog } from '../catalog/load-catalog';
import type { PageState } from '../messages';
import { askPage } from '../ask-page';
import { writeSetting } from '../settings/settings';
import { setSiteSwitch } from '../settings/site-lists';
import { onStorageChange } from '../settings/storage-changes';
import type { PopupView } from './popup-model';
import { explainStories, groupEntries, tabFromSearch, unavailableReason } from './popup-model';

/** The tab the popup acts for, with its URL when the browser tells it. */
export interface PopupTab {
  id: number;
  url?: string;
}

/** Where the popup reads from. */
export interface PopupSource {
  /** The tab the popup acts for (`?tab=<id>`, else the active tab). */
  targetTab(search: string): Promise<PopupTab | null>;
  /** What the popup shows for a tab: its page's state, or why there is none. */
  viewOfTab(tab: PopupTab | null): Promise<PopupView>;
  /** Calls `changed` after any settings change; returns a function that stops it. */
  watch(changed: () => void): () => void;
}

/** What the popup's controls do. */
export interface PopupActions {
  /** Turns Context Cards on or off for `host` in the current mode. */
  switchSite(host: string, on: boolean): Promise<void>;
  /** Turns Context Cards on or off everywhere. */
  switchGlobal(on: boolean): Promise<void>;
  /** Scrolls the tab to the entry's next mention and opens its card. */
  showEntry(tabId: number, entryId: string): Promise<unknown>;
  openOptions(): Promise<void>;
  /** Opens the story editor on the tab's page, in a new tab (optional: tests may leave it out). */
  openEditor?(tabId: number): Promise<void>;
  /** Closes the popup (it steps aside for the card it opened). */
  close(): void;
}

/** The popup's source in the extension. */
export const browserPopupSource: PopupSource = {
  async targetTab(search) {
    const fromSearch = tabFromSearch(search);
    if (fromSearch !== null) {
      const tab = await browser.tabs.get(fromSearch).catch(() => null);
      return { id: fromSearch, url: tab?.url };
    }
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id === undefined ? null : { id: active.id, url: active.url };
  },
  async viewOfTab(tab) {
    if (!tab) return { kind: 'unavailable', why: 'unknown' };
    const state = await askPage<PageState>(tab.id, { type: 'get-page-state' });
    if (!state) return { kind: 'unavailable', why: unavailableReason(tab.url) };
    const catalog = await loadCatalog();
    return {
      kind: 'page',
      state,
      groups: groupEntries(state, catalog),
      why: explainStories(state, catalog),
    };
  },
  watch: (changed) => onStorageChange(() => true, changed),
};

/** The popup's actions in the extension. */
export const browserPopupActions: PopupActions = {
  switchSite: (host, on) => setSiteSwitch(host, on),
  switchGlobal: (on) => writeSetting('enabled', on),
  showEntry: (tabId, entryId) => askPage<boolean>(tabId, { type: 'show-entry', entryId }),
  openOptions: () => browser.runtime.openOptionsPage(),
  async openEditor(tabId) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/editor.html?tab=${tabId}`) });
  },
  close: () => window.close(),
};
