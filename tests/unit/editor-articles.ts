// The articles the editor's tests read: the two fixtures, extracted as the editor extracts
// them, and the bundled source article as pasted text.
import { readFileSync } from 'node:fs';
import type { ArticleText } from '../../lib/editor/editor-types';
import { extractArticle } from '../../lib/editor/extract-article';
import { articleFromPastedText } from '../../lib/editor/pasted-article';
import { ARTICLE } from '../shared-material';
import { inertDomParser } from './editor-inert-dom';

/** A fixture of tests/fixtures/editor, through Readability. */
export function fixtureArticle(name: string): ArticleText {
  const html = readFileSync(new URL(`../fixtures/editor/${name}`, import.meta.url), 'utf8');
  const article = extractArticle(
    { html, url: `http://127.0.0.1/fixtures/editor/${name}` },
    inertDomParser(),
  );
  if (!article) throw new Error(`${name}: no article`);
  return article;
}

/** ../shared/source/article.txt as the author would paste it. */
export function sourceArticle(): ArticleText {
  ARTICLE.require();
  return articleFromPastedText(readFileSync(ARTICLE.path, 'utf8'), 'en');
}
