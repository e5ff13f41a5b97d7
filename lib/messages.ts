/**
 * The one message protocol between the extension's contexts, typed by direction.
 */
import type { Direction } from './card/mention-steps';
import type { OffReason, SiteMode, SiteRule } from './sites/site-rules';
import { OFF_REASONS } from './sites/site-rules';

/** One entry shown on a page. */
export interface EntryMentions {
  entryId: string;
  /** How many times the page shows it. */
  count: number;
  /** The distinct texts that matched, in page order (e.g. "Sheinbaum", "Claudia Sheinbaum"). */
  texts: string[];
}

/** What a page shows, as its top frame sees it. */
export interface PageMentions {
  url: string;
  total: number;
  /** Entries in the order they first appear on the page. */
  entries: EntryMentions[];
}

/** Whether Context Cards runs on a page, and why: the site verdict in a message's terms. */
export type PageStatus = 'on' | OffReason;

/** Every page status. */
export const PAGE_STATUSES: readonly PageStatus[] = ['on', ...OFF_REASONS];

/** How a page stands towards one story: the story's entries it names, and whether it is about it. */
export interface StoryStanding {
  /** The story (dataset id). */
  story: string;
  /** The distinct entries of the story the page names, those that weigh most first. */
  entryIds: string[];
  /** True when some part of the page is about the story (its everyday entries are shown). */
  about: boolean;
}

/** What the popup learns from the page's content script. */
export interface PageState {
  /** The page's canonical host (see lib/sites/host.ts). */
  host: string;
  status: PageStatus;
  mode: SiteMode;
  /** The rule that decides the status, when one does (it may be a parent domain's). */
  rule: SiteRule | null;
  /** True until the first pass over the page is complete. */
  scanning: boolean;
  mentions: PageMentions;
  /** Why the page counts, or not, as about each story it names. */
  stories: StoryStanding[];
}

/** A copy of the top frame's document as text, for the story editor (lib/page/page-snapshot.ts). */
export interface PageSnapshot {
  url: string;
  title: string;
  /** The document's `lang` attribute, as the page declares it; may be empty. */
  lang: string;
  /** The doctype and `documentElement.outerHTML`. */
  html: string;
}

/** Popup or background → content script (top frame, but `dismiss-card`, which every frame hears). */
export type ContentRequest =
  | { type: 'get-page-state' }
  /** The editor asks for the page's document (answered even where the site is turned off). */
  | { type: 'get-page-snapshot' }
  | { type: 'show-entry'; entryId: string }
  | { type: 'go-to-mention'; direction: Direction }
  | { type: 'dismiss-card' };

/** Content script → background. */
export type BackgroundRequest =
  | { type: 'page-status'; status: PageStatus; count: number }
  /** Esc was pressed in a frame without a card: the card may be in another frame of the tab. */
  | { type: 'escape-pressed' };

/** True when `message` is a request the content script answers. */
export function isContentRequest(message: unknown): message is ContentRequest {
  for (const type of ['get-page-state', 'get-page-snapshot', 'dismiss-card']) {
    if (isMessageOfType(message, type)) return true;
  }
  if (isMessageOfType(message, 'show-entry')) {
    return typeof (message as { entryId?: unknown }).entryId === 'string';
  }
  if (isMessageOfType(message, 'go-to-mention')) {
    const { direction } = message as { direction?: unknown };
    return direction === 'next' || direction === 'previous';
  }
  return false;
}

/** True when `message` is a request the background answers. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (isMessageOfType(message, 'escape-pressed')) return true;
  if (!isMessageOfType(message, 'page-status')) return false;
  const { status, count } = message as { status?: unknown; count?: unknown };
  return typeof count === 'number' && PAGE_STATUSES.includes(status as PageStatus);
}

function isMessageOfType(message: unknown, type: string): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type
  );
}
