import { askPage } from '../ask-page';
import type { PageSnapshot } from '../messages';

/**
 * Asks the content script of tab `tabId` (its top frame) for a copy of its document; null where
 * none answers: browser pages, the PDF viewer, tabs opened before the extension was installed.
 */
export async function requestPageSnapshot(tabId: number): Promise<PageSnapshot | null> {
  const snapshot = await askPage<PageSnapshot>(tabId, { type: 'get-page-snapshot' });
  return snapshot && typeof snapshot.html === 'string' ? snapshot : null;
}
