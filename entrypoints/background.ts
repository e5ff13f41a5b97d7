import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isBackgroundRequest } from '../lib/messages';
import { badgeText } from '../lib/badge-text';

export default defineBackground(() => {
  // The toolbar badge shows how many mentions the page in each tab has.
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundRequest(message) || tabId === undefined) return undefined;
    // Manifest V2 (Firefox) calls the toolbar button browserAction.
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeBackgroundColor({ tabId, color: '#17395c' });
    void action.setBadgeText({ tabId, text: badgeText(message.count) });
    return undefined;
  });
});
