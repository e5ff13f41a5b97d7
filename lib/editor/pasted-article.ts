import { collapseWhitespace, primaryLanguage } from './article-text';
import type { ArticleText } from './editor-types';

/**
 * An article from text the author pasted, where Readability could not read the page.
 *
 * Blank lines separate paragraphs. A single line break joins two lines into one paragraph
 * (with a space) when it looks like wrapping, as in text copied from a PDF or an e-mail: the
 * line before does not end a sentence and either it is long or the next line goes on in lower
 * case. Otherwise it separates paragraphs, as text copied from a web page arrives: headings and
 * paragraphs one per line.
 */
export function articleFromPastedText(text: string, lang = ''): ArticleText {
  const paragraphs: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/)) {
    let current = '';
    for (const line of block.split('\n').map(collapseWhitespace)) {
      if (current && !isWrapped(current, line)) {
        paragraphs.push(current);
        current = '';
      }
      current = current ? `${current} ${line}` : line;
    }
    if (current) paragraphs.push(current);
  }
  return {
    title: '',
    byline: '',
    url: '',
    lang: primaryLanguage(lang),
    paragraphs: paragraphs.filter((paragraph) => paragraph !== ''),
  };
}

const WRAP_LENGTH = 50;

function isWrapped(before: string, line: string): boolean {
  if (/[.!?:;"”»)]$/.test(before)) return false;
  return before.length >= WRAP_LENGTH || /^\p{Ll}/u.test(line);
}
