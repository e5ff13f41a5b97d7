/**
 * Small text helpers over `ArticleText` shared by the editor's pure modules.
 */
import type { ArticleText } from './editor-types';

/** The separator of paragraphs in the article's text (see `ArticleText.paragraphs`). */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The article's text: its paragraphs joined, the string every `TextSpan` points into and the
 * dataset's `source.text`.
 */
export function articleBody(article: ArticleText): string {
  return article.paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** Collapses runs of white space (including non-breaking spaces) to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The primary language subtag, lower case (`es-MX` → `es`); empty when there is none. */
export function primaryLanguage(lang: string | null | undefined): string {
  const match = /^[a-z]{2,3}(?=$|[-_])/i.exec((lang ?? '').trim());
  return match ? match[0].toLowerCase() : '';
}
