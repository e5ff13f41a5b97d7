import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { browserTranslate } from '../i18n/browser-translate';
import type { ContentRequest, PageState } from '../messages';
import { isBackgroundRequest } from '../messages';
import { rebuildStoredDictionary } from '../catalog/stored-dictionary-builder';
import { IMPORTED_INDEX, importedBodyKey } from '../settings/imported-dataset-keys';
import { applySiteChange, readPageSettings } from '../settings/site-lists';
import { onStorageChange } from '../settings/storage-changes';
import { siteSwitchChange, siteVerdict } from '../sites/site-rules';
import { badgeLook } from './badge-look';

/** Asks the top frame of a tab's content script; null when none runs there. */
export async function askPage<T>(tabId: number, request: ContentRequest): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as T) ?? null;
  } catch {
    return null;
  }
}

/**
 * Turns Context Cards on or off for the site of a tab (the site command), from what its
 * content script says the site is. With the extension off everywhere, the site's own rule
 * still changes, as the popup's switch would change it.
 */
export async function toggleSiteOfTab(tabId: number): Promise<void> {
  const state = await askPage<PageState>(tabId, { type: 'get-page-state' });
  if (!state) return;
  const { sites } = await readPageSettings(state.host);
  const wouldRun = siteVerdict(state.host, { ...sites, enabled: true }).on;
  await applySiteChange(siteSwitchChange(state.host, sites, !wouldRun));
}

/**
 * The background's jobs: the toolbar badge of each tab, from what its content script reports,
 * and the keyboard commands, passed on to the active tab's content script.
 */
export function startBackground(): void {
  keepDictionaryCompiled();
  // Manifest V2 (Firefox) calls the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;
  // The tab may have closed since the message was sent: nothing to update then.
  const ignore = () => undefined;

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundRequest(message) || tabId === undefined) return;
    if (message.type === 'escape-pressed') {
      // To every frame of the tab: the one with a card closes it.
      const request: ContentRequest = { type: 'dismiss-card' };
      browser.tabs.sendMessage(tabId, request).catch(ignore);
      return;
    }
    if (sender.frameId !== 0) return;
    const look = badgeLook(message.status, message.count, browserTranslate);
    action.setBadgeBackgroundColor({ tabId, color: look.color }).catch(ignore);
    action.setBadgeText({ tabId, text: look.text }).catch(ignore);
    action.setTitle({ tabId, title: look.title }).catch(ignore);
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    void activeTabId(tab).then((tabId) => {
      if (tabId === undefined) return;
      if (command === 'toggle-site') return toggleSiteOfTab(tabId);
      if (command === 'next-mention' || command === 'previous-mention') {
        const direction = command === 'next-mention' ? 'next' : 'previous';
        return askPage(tabId, { type: 'go-to-mention', direction });
      }
      return undefined;
    });
  });
}

/**
 * Compiles the dictionary pages read whenever the imported datasets change, and when Context
 * Cards is installed, updated (its bundled dataset may have changed) or the browser starts.
 * Rebuilds run one after another, so the last change is the one stored.
 */
function keepDictionaryCompiled(): void {
  let queue = Promise.resolve();
  const rebuild = () => {
    queue = queue.then(rebuildStoredDictionary).catch((error: unknown) => {
      console.warn('Context Cards: the dictionary could not be compiled.', error);
    });
  };
  const bodyPrefix = importedBodyKey('');
  onStorageChange((key) => key === IMPORTED_INDEX || key.startsWith(bodyPrefix), rebuild);
  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup.addListener(rebuild);
}

async function activeTabId(tab?: Browser.tabs.Tab): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
