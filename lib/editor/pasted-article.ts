import { collapseWhitespace, primaryLanguage } from './article-text';
import type { ArticleText } from './editor-types';

/**
 * An article from text the author pasted, where Readability could not read the page.
 *
 * Paragraphs are separated by blank lines, and a single line break inside one becomes a space
 * (text copied from a PDF or an e-mail breaks lines mid-sentence). Text without any blank line
 * is taken one paragraph per line instead: that is how text copied from a web page arrives.
 */
export function articleFromPastedText(text: string, lang = ''): ArticleText {
  const normalized = text.replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t\u00a0]*\n/.test(normalized.trim());
  const pieces = hasBlankLines ? normalized.split(/\n[ \t\u00a0]*\n/) : normalized.split('\n');
  return {
    title: '',
    byline: '',
    url: '',
    lang: primaryLanguage(lang),
    paragraphs: pieces.map(collapseWhitespace).filter((paragraph) => paragraph !== ''),
  };
}
