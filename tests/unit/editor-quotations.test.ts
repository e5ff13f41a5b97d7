// Quoted passages and their speakers, with spans into the article's text.
import { describe, expect, test } from 'vitest';
import { articleBody } from '../../lib/editor/article-text';
import type { ArticleText } from '../../lib/editor/editor-types';
import { findQuotations } from '../../lib/editor/find-quotations';
import { articleFromPastedText } from '../../lib/editor/pasted-article';
import { ARTICLE } from '../shared-material';
import { fixtureArticle, sourceArticle } from './editor-articles';

const speakers = (article: ArticleText) =>
  findQuotations(article).map((q) => [q.text.split(' ').slice(0, 4).join(' '), q.speakerHint]);

function expectSpansVerbatim(article: ArticleText) {
  const body = articleBody(article);
  for (const quotation of findQuotations(article)) {
    expect(body.slice(quotation.span.start, quotation.span.end)).toBe(quotation.text);
  }
}

describe('the English fixture', () => {
  const article = fixtureArticle('council-article.html');

  test('every quotation with the speaker named beside it, none where a pronoun speaks', () => {
    expect(speakers(article)).toEqual([
      ['Today Riverton decided that', 'Carvajal'],
      ['We have the money', 'Okafor'],
      ['What we need now', 'Okafor'],
      ['This council is signing', 'Whitfield'],
      ['If we wait, we', 'Raman'],
      ['Listen to the harbor', undefined],
      ['Let them collect the', undefined],
      ['The people of Riverton', undefined],
      ['Riverton has waited fifty', 'Okafor'],
    ]);
  });

  test('spans point at the quoted words in the article’s text', () => {
    expectSpansVerbatim(article);
    // Two-word scare quotes are not quotations.
    expect(findQuotations(article).map((q) => q.text)).not.toContain('Trams, not traffic');
  });
});

test('the Spanish fixture: «…» with dijo and afirmó', () => {
  const article = fixtureArticle('ayuntamiento-articulo.html');
  expect(speakers(article)).toEqual([
    ['Hoy Valdeluz decide que', 'Carvajal'],
    ['Tenemos el dinero de', 'Montalvo'],
    ['Este pleno firma un', 'Quiroga'],
  ]);
  expectSpansVerbatim(article);
});

test('speakers before the quotation, and "according to"', () => {
  const article = articleFromPastedText(
    'Ana Ruiz said: "We will not sign this deal today." According to Pedro Gil, “the talks are over for now.”\n\nSegún Quiroga, «el coste se ha duplicado desde enero».',
  );
  expect(speakers(article)).toEqual([
    ['We will not sign', 'Ana Ruiz'],
    ['the talks are over', 'Pedro Gil'],
    ['el coste se ha', 'Quiroga'],
  ]);
  expectSpansVerbatim(article);
});

test.skipIf(ARTICLE.skip)('the source article: Sheinbaum and Trump, continued quotations', () => {
  const article = sourceArticle();
  const found = speakers(article);
  expect(found).toContainEqual(['It’s not going to', 'Sheinbaum']);
  expect(found).toContainEqual(['To stop drugs? It’s', 'Trump']);
  expect(found).toContainEqual(['But there is no', 'Sheinbaum']);
  expectSpansVerbatim(article);
});
