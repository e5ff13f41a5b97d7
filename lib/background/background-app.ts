import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { Direction } from '../card/mention-steps';
import { browserTranslate } from '../i18n/browser-translate';
import type { ContentRequest, PageState } from '../messages';
import { askPage } from '../ask-page';
import { isBackgroundRequest } from '../messages';
import { rebuildStoredDictionary } from '../catalog/stored-dictionary-builder';
import { IMPORTED_INDEX, importedBodyKey } from '../settings/imported-dataset-keys';
import { setSiteSwitch } from '../settings/site-lists';
import { onStorageChange } from '../settings/storage-changes';
import { badgeLook } from './badge-look';
import { COMMANDS } from './commands';

/**
 * Turns Context Cards on or off for the site of a tab (the site command), from what its
 * content script says the site is. With the extension off everywhere, the site's own rule
 * still changes, as the popup's switch would change it.
 */
export async function toggleSiteOfTab(tabId: number): Promise<void> {
  const state = await askPage<PageState>(tabId, { type: 'get-page-state' });
  if (state) await setSiteSwitch(state.host);
}

/** What each command asks of the active tab's page. */
const COMMAND_ACTIONS: Record<string, (tabId: number) => Promise<unknown>> = {
  [COMMANDS.toggleSite]: toggleSiteOfTab,
  [COMMANDS.nextMention]: (tabId) => goToMention(tabId, 'next'),
  [COMMANDS.previousMention]: (tabId) => goToMention(tabId, 'previous'),
};

function goToMention(tabId: number, direction: Direction) {
  return askPage(tabId, { type: 'go-to-mention', direction });
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
    const act = COMMAND_ACTIONS[command];
    if (!act) return;
    void activeTabId(tab).then((tabId) => (tabId === undefined ? undefined : act(tabId)));
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
