import { Readability } from '@mozilla/readability';
import { collapseWhitespace, primaryLanguage } from './article-text';
import type { ArticleText } from './editor-types';

/** What the editor extracts an article from: a page's snapshot (see `PageSnapshot`). */
export interface ArticleSource {
  readonly html: string;
  readonly url: string;
  /** The page's `lang`, used when Readability finds none. */
  readonly lang?: string;
}

// Fewer characters than this is a page Readability did not really read (a login wall, a
// video page): the editor then says so and offers the paste box.
const MIN_ARTICLE_CHARS = 200;

/**
 * The main text of a page, with Mozilla's Readability, or null when it finds no article.
 *
 * The HTML is parsed into a new document (with a `<base>` at the page's address, so relative
 * links resolve as on the page) and Readability rewrites that copy as it works: the page
 * itself is never touched. Paragraphs are the text of the article's block elements
 * (p, li, headings, blockquotes…) with white space collapsed and empty ones dropped.
 */
export function extractArticle(
  source: ArticleSource,
  parser: DOMParser = new DOMParser(),
): ArticleText | null {
  const document = parser.parseFromString(source.html, 'text/html');
  if (!document.querySelector('base[href]') && /^https?:/i.test(source.url)) {
    const base = document.createElement('base');
    base.href = source.url;
    document.head.prepend(base);
  }
  const result = new Readability(document, { serializer: (element) => element }).parse();
  if (!result?.content) return null;
  const title = collapseWhitespace(result.title ?? '');
  const byline = collapseWhitespace(result.byline ?? '');
  const paragraphs = blockTexts(result.content as unknown as Element).filter(
    (text, index) => index >= 3 || !isHeadlineOrByline(text, title, byline),
  );
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) return null;
  return {
    title,
    byline,
    url: source.url,
    lang: primaryLanguage(result.lang) || primaryLanguage(source.lang),
    paragraphs,
  };
}

// Readability keeps the headline and the byline line ("By Marisol Pratt, City Hall reporter") in
// the content when they sit inside the article; they are the article's title and byline instead.
function isHeadlineOrByline(text: string, title: string, byline: string): boolean {
  if (text === title) return true;
  return byline !== '' && text.includes(byline) && text.length < byline.length + 40;
}

const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT ' +
    'TH THEAD TR UL'
  ).split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

/**
 * The texts of the blocks under `root`, in order: inline content between blocks makes a
 * paragraph of its own, so text directly in a `div` beside `p`s is kept, never merged across.
 */
function blockTexts(root: Element): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = collapseWhitespace(buffer);
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += (child as Text).data;
      } else if (child.nodeType === 1) {
        const name = (child as Element).nodeName.toUpperCase();
        if (SKIPPED.has(name)) continue;
        if (name === 'BR') {
          buffer += ' ';
        } else if (BLOCKS.has(name)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}
