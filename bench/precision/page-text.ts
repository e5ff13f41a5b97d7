// The text of a saved page as the page engine reads it: happy-dom parses the HTML without
// running or loading anything, and the engine's own BlockWalker gathers the text into one
// TextChunk, so blocks are joined by U+2029 exactly as they are for the matcher in a browser.

import { Response, Window } from 'happy-dom';
import { BlockWalker } from '../../lib/page/block-walker';
import { TextChunk } from '../../lib/page/text-chunk';

/** The text the page engine would give the matcher for the page `html`, served at `url`. */
export async function pageText(html: string, url: string): Promise<string> {
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
    // happy-dom's nodes are the DOM's, though its types are its own.
    const root = doc as unknown as Node;
    new BlockWalker(root).step(
      {
        text: (node) => chunk.addText(node),
        lineBreak: () => chunk.addLineBreak(),
        blockBreak: () => chunk.addBlockBreak(),
        shadowRoot: () => {},
        customElement: () => {},
      },
      Number.POSITIVE_INFINITY,
    );
    chunk.addBlockBreak();
    return chunk.text();
  } finally {
    await window.happyDOM.close();
  }
}

/** A plain-text story (one paragraph a line) as the engine would read it from `<p>`s. */
export function plainText(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .join('\u2029');
}
