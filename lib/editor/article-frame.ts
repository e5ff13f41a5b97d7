/**
 * The article inside the editor's frame: written into a document of its own, so that the page
 * engine can highlight it as it highlights any page without touching the editor's controls,
 * and read back as the author's selection (the evidence of a fact), which is then verbatim by
 * construction. Page engine: the DOM only.
 */
import type { ArticleText } from './editor-types';

/** The attribute that marks the element holding the article's paragraphs. */
const ARTICLE_BODY = 'data-article-body';

/** Labels the frame's document needs, in the UI's language. */
export interface ArticleLabels {
  /** The accessible name of the article element. */
  readonly article: string;
  /** "From" before the page's address. */
  readonly from: string;
}

/**
 * Replaces the content of `doc` with `article`: its title, byline and address, then one `<p>`
 * per paragraph (text only: the page's markup never comes along), styled by `css`.
 */
export function writeArticle(
  doc: Document,
  article: ArticleText,
  css: string,
  labels: ArticleLabels,
): HTMLElement {
  const style = doc.createElement('style');
  style.textContent = css;
  const meta = doc.createElement('meta');
  meta.setAttribute('name', 'color-scheme');
  meta.setAttribute('content', 'light dark');
  const title = doc.createElement('title');
  title.textContent = article.title || labels.article;
  doc.head.replaceChildren(meta, title, style);
  if (article.lang) doc.documentElement.lang = article.lang;
  const main = doc.createElement('main');
  main.setAttribute('aria-label', labels.article);
  const text = (tag: string, value: string) => {
    const element = doc.createElement(tag);
    element.textContent = value;
    return element;
  };
  if (article.title) main.append(text('h1', article.title));
  if (article.byline) main.append(text('p', article.byline));
  if (article.url) {
    const from = text('p', `${labels.from} `);
    from.className = 'source';
    from.append(text('span', article.url));
    main.append(from);
  }
  const body = doc.createElement('div');
  body.setAttribute(ARTICLE_BODY, '');
  body.append(...article.paragraphs.map((paragraph) => text('p', paragraph)));
  main.append(body);
  doc.body.replaceChildren(main);
  return body;
}

/** What the author's selection in the frame gives as evidence. */
export type SelectionRead =
  | { ok: true; text: string }
  /** Nothing selected; selected outside the article's paragraphs; or across paragraphs. */
  | { ok: false; why: 'none' | 'outside' | 'across' };

/**
 * The text selected in `doc`, when it lies inside one paragraph of the article: the evidence
 * must appear word for word in the article's text, where paragraphs are joined by a blank line
 * a selection across them would not contain. Spaces at its ends are dropped.
 */
export function readSelection(doc: Document): SelectionRead {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return { ok: false, why: 'none' };
  }
  const range = selection.getRangeAt(0);
  const body = doc.querySelector(`[${ARTICLE_BODY}]`);
  const paragraphOf = (node: Node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const paragraph = element?.closest('p');
    return paragraph && body?.contains(paragraph) ? paragraph : null;
  };
  const start = paragraphOf(range.startContainer);
  const end = paragraphOf(range.endContainer);
  if (!start || !end) return { ok: false, why: 'outside' };
  if (start !== end) return { ok: false, why: 'across' };
  const text = range.toString().trim();
  return text ? { ok: true, text } : { ok: false, why: 'none' };
}
