// The short article the editor's unit and component tests share (no Node-only imports, so the
// component tests can load it too).
import type { ArticleText } from '../lib/editor/editor-types';

/** A short article with a quotation, and a second person to accept. */
export const TRAM_ARTICLE: ArticleText = {
  title: 'Riverton approves the tram',
  byline: 'Marisol Pratt',
  url: 'https://news.example/tram',
  lang: 'en',
  paragraphs: [
    'Mayor Inés Carvajal called the vote a turning point.',
    '“The harbor belongs to everyone,” Carvajal said. Dana Okafor agreed.',
  ],
};
