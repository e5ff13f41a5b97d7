// The text of a saved page as the page engine reads it: happy-dom parses the HTML without
// running or loading anything, and the engine's own BlockWalker gathers the text into one
// TextChunk, so blocks are joined by U+2029 exactly as they are for the matcher in a browser.
// Read with it: the page part (see lib/page/page-parts.ts) of every stretch of text, and the
// terms a story page marks as expected to be lit (`<span data-lit>`, see tests/fixtures/story).

import { Response, Window } from 'happy-dom';
import { BlockWalker } from '../../lib/page/block-walker';
import { PageParts } from '../../lib/page/page-parts';
import { TextChunk } from '../../lib/page/text-chunk';

/** A page as read: its text, where its parts are, and its marked terms. */
export interface ReadPage {
  text: string;
  /** The part the character at `offset` stands in. */
  partAt(offset: number): number;
  /** The part around a part, as the page engine gives it to the relevance decision. */
  parentOf(part: number): number | null;
  /** The `[start, end)` of every term marked `data-lit`, with its text. */
  marked: { start: number; end: number; text: string }[];
}

/** Reads the page `html`, served at `url`, as the page engine would. */
export async function readPage(html: string, url: string): Promise<ReadPage> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      // `<link rel="preload">` would fetch even in a parsed document: answer every request here.
      fetch: {
        interceptor: {
          beforeAsyncRequest: async () => new Response('', { status: 404 }),
        },
      },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const chunk = new TextChunk();
    const parts = new PageParts();
    const starts: number[] = [];
    const partOfStart: number[] = [];
    const marks = new Map<Element, { start: number; end: number }>();
    // happy-dom's nodes are the DOM's, though its types are its own.
    const root = doc as unknown as Node;
    new BlockWalker(root).step(
      {
        text: (node) => {
          const start = chunk.length;
          chunk.addText(node);
          starts.push(start);
          partOfStart.push(parts.partOf(node));
          const mark = node.parentElement?.closest('[data-lit]');
          if (!mark) return;
          const known = marks.get(mark);
          marks.set(mark, { start: known?.start ?? start, end: chunk.length });
        },
        lineBreak: () => chunk.addLineBreak(),
        blockBreak: () => chunk.addBlockBreak(),
        shadowRoot: () => {},
        customElement: () => {},
      },
      Number.POSITIVE_INFINITY,
    );
    chunk.addBlockBreak();
    const text = chunk.text();
    return {
      text,
      partAt: (offset) => partOfStart[lastAtOrBefore(starts, offset)] ?? 0,
      parentOf: parts.parentOf,
      marked: [...marks.values()].map(({ start, end }) => ({
        start,
        end,
        text: text.slice(start, end),
      })),
    };
  } finally {
    await window.happyDOM.close();
  }
}

/** The text the page engine would give the matcher for the page `html`, served at `url`. */
export async function pageText(html: string, url: string): Promise<string> {
  return (await readPage(html, url)).text;
}

/** A plain-text story (one paragraph a line) as the engine would read it from `<p>`s. */
export function plainText(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .join('\u2029');
}

// The index of the last of the sorted `values` at or before `value` (0 when none is).
function lastAtOrBefore(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((values[mid] ?? 0) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
