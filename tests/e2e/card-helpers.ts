import type { Frame, Locator, Page } from '@playwright/test';

/** A point on the screen. */
export interface Point {
  x: number;
  y: number;
}

/** A box on the screen. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The line boxes of the highlighted range whose text is `text` inside the element `within`
 * matches (or its open shadow root), in viewport coordinates of `target`'s frame.
 */
export function mentionBoxes(target: Page | Frame, text: string, within = 'body'): Promise<Box[]> {
  return target.evaluate(readMentionBoxes, { text, within });
}

/** `mentionBoxes` as it runs in the page (any driver can pass it to its evaluate). */
export function readMentionBoxes({ text, within }: { text: string; within: string }): Box[] {
  const scope = document.querySelector(within);
  const inScope = (node: Node) =>
    !!scope && (scope.contains(node) || !!scope.shadowRoot?.contains(node));
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('context-cards-')) continue;
    for (const range of highlight) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString().replace(/\s+/g, ' ') !== text || !inScope(range.startContainer)) continue;
      return [...live.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height }));
    }
  }
  throw new Error(`no highlighted "${text}" in ${within}`);
}

/** The centre of a box. */
export const centre = (box: Box): Point => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

/** Rests the mouse on a highlighted mention inside `within` (its first line box, unless told). */
export async function hoverMention(page: Page, text: string, within = 'body', line = 0) {
  const boxes = await mentionBoxes(page, text, within);
  const point = centre(boxes[line]!);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return { boxes, point };
}

/** The open card: a dialog in the extension's UI host (its open shadow root), named after its entry. */
export function card(page: Page | Frame, name?: string): Locator {
  const host = page.locator('context-cards-ui');
  return host.getByRole('dialog', name === undefined ? undefined : { name });
}

/** The card's box on screen, or null when none is open. */
export function cardBox(page: Page | Frame): Promise<Box | null> {
  return card(page).boundingBox();
}

/** True when two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Durations of the `context-cards:card-open` measures, in the order the cards opened. */
export function cardOpenTimes(target: Page | Frame): Promise<number[]> {
  return target.evaluate(() =>
    performance.getEntriesByName('context-cards:card-open').map((entry) => entry.duration),
  );
}

/** How many `<context-cards-ui>` hosts the page has. */
export function uiHosts(target: Page | Frame): Promise<number> {
  return target.evaluate(() => document.querySelectorAll('context-cards-ui').length);
}

// Windows virtual-key codes of the keys our commands use.
const KEY_CODES: Record<string, { code: string; keyCode: number }> = {
  '.': { code: 'Period', keyCode: 190 },
  ',': { code: 'Comma', keyCode: 188 },
  k: { code: 'KeyK', keyCode: 75 },
};

/**
 * Presses Alt+Shift+`key` as the operating system would, which is what fires an extension
 * command (Playwright's keyboard does not reach the browser's shortcut handling): a raw key
 * down with its native key code, then the key up, for the active tab.
 */
export async function pressShortcut(page: Page, key: '.' | ',' | 'k'): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const { code, keyCode } = KEY_CODES[key]!;
  const common = {
    modifiers: 1 | 8, // Alt | Shift
    key,
    code,
    windowsVirtualKeyCode: keyCode,
    nativeVirtualKeyCode: keyCode,
  };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...common });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
  await session.detach();
}
