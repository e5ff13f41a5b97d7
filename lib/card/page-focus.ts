import type { PageWindow } from './page-window';
import { liveRange, mentionRects } from '../page/mention-at-point';
import type { PageMention } from '../page/page-mention';
import type { Direction } from './mention-steps';

/** The focused element, looking into open shadow roots; null when nothing is. */
export function deepActiveElement(view: PageWindow): HTMLElement | null {
  let active: Element | null = view.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof view.HTMLElement ? active : null;
}

/**
 * Where the keyboard commands start when no card is open: the first mention from the top of
 * the viewport down (next), or the last one from its bottom up (previous); past the end, the
 * first or last of the page.
 */
export function firstMentionInView(
  view: PageWindow,
  list: readonly PageMention[],
  direction: Direction,
): PageMention | null {
  const rectOf = (mention: PageMention) => mentionRects(view, mention)[0];
  if (direction === 'next') {
    return list.find((mention) => (rectOf(mention)?.bottom ?? -1) > 0) ?? list[0] ?? null;
  }
  const below = (mention: PageMention) => (rectOf(mention)?.top ?? Infinity) < view.innerHeight;
  return list.findLast(below) ?? list[list.length - 1] ?? null;
}

/**
 * Scrolls the page so that a mention is in view, about a third of the way down: its element
 * first (which also scrolls any scrolling box it is in), then the window onto the mention itself.
 */
export function scrollMentionIntoView(view: PageWindow, mention: PageMention): void {
  const element = mention.nodes[0]?.parentElement;
  const rect = liveRange(view, mention)?.getBoundingClientRect();
  if (!element || !rect) return;
  const inView = rect.top >= 0 && rect.bottom <= view.innerHeight;
  if (inView) return;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const after = liveRange(view, mention)?.getBoundingClientRect();
  if (after && (after.top < 0 || after.bottom > view.innerHeight)) {
    view.scrollBy({ top: after.top - view.innerHeight / 3, behavior: 'instant' });
  }
}

/**
 * True when a mention lies inside something the page shows in the top layer (a modal dialog,
 * an open popover, a fullscreen element): the card must then join the top layer too, or it
 * would be drawn beneath what holds its mention. Elsewhere the card stays below the page's
 * own modal dialogs.
 */
export function isInTopLayer(mention: PageMention): boolean {
  let element: Element | null = mention.nodes[0]?.parentElement ?? null;
  try {
    while (element) {
      if (element.closest(':modal, :popover-open, :fullscreen')) return true;
      const root = element.getRootNode();
      element = root instanceof ShadowRoot ? root.host : null;
    }
  } catch {
    // A browser without one of these selectors has no such top layer either.
  }
  return false;
}
