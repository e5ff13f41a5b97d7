/**
 * The one message protocol between the extension's contexts, typed by direction.
 */

/** One entry mentioned on a page. */
export interface EntryMentions {
  entryId: string;
  /** How many times the page mentions it. */
  count: number;
  /** The distinct texts that matched, in page order (e.g. "Sheinbaum", "Claudia Sheinbaum"). */
  texts: string[];
}

/** What a page mentions, as its top frame sees it. */
export interface PageMentions {
  url: string;
  total: number;
  /** Entries in the order they first appear on the page. */
  entries: EntryMentions[];
}

/** Popup or background → content script. */
export type ContentRequest = { type: 'get-page-mentions' };

/** Content script → background. */
export type BackgroundRequest = { type: 'mention-count'; count: number };

/** True when `message` is a request the content script answers. */
export function isContentRequest(message: unknown): message is ContentRequest {
  return isMessageOfType(message, 'get-page-mentions');
}

/** True when `message` is a request the background answers. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return (
    isMessageOfType(message, 'mention-count') &&
    typeof (message as { count?: unknown }).count === 'number'
  );
}

function isMessageOfType(message: unknown, type: string): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type
  );
}
