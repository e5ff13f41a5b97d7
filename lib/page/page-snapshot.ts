import type { PageSnapshot } from '../messages';

/**
 * The document as text, for the story editor: serializing reads the DOM and changes nothing.
 * It runs in the page stage, on the editor's request only; Readability runs in the editor.
 */
export function pageSnapshot(document: Document): PageSnapshot {
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  return {
    url: document.URL,
    title: document.title,
    lang: document.documentElement.lang,
    html: doctype + document.documentElement.outerHTML,
  };
}
