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
    // The tab may have closed since the message was sent: nothing to update then.
    const ignore = () => undefined;
    action.setBadgeBackgroundColor({ tabId, color: '#17395c' }).catch(ignore);
    action.setBadgeText({ tabId, text: badgeText(message.count) }).catch(ignore);
    return undefined;
  });
});
