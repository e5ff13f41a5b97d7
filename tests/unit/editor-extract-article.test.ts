// The editor's article extraction (Readability on a parsed copy of the page) and pasted text.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../lib/editor/extract-article';
import { articleFromPastedText } from '../../lib/editor/pasted-article';
import { CORPUS, corpusPageNames } from '../shared-material';
import { inertDomParser } from './editor-inert-dom';

const parser = inertDomParser();
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/editor/${name}`, import.meta.url), 'utf8');
const extract = (html: string, url = 'http://127.0.0.1/fixtures/editor/page.html') =>
  extractArticle({ html, url }, parser);

// Text of the page's clutter: none of it may reach the article.
const ENGLISH_CLUTTER = [
  'cookies',
  'Subscribe',
  'Mattress',
  'Insurance',
  'Most read',
  'Rovers',
  'Newsletter',
  'harborwatcher77',
  'potholes',
  'Related stories',
  'Share on',
  'All rights reserved',
];

describe('the English fixture', () => {
  const article = extract(fixture('council-article.html'))!;
  const text = article.paragraphs.join('\n\n');

  test('has the title, byline, address and language', () => {
    expect(article.title).toBe('Riverton council approves Harbor Line tram after late-night vote');
    expect(article.byline).toBe('Marisol Pratt');
    expect(article.url).toBe('http://127.0.0.1/fixtures/editor/page.html');
    expect(article.lang).toBe('en');
  });

  test('keeps every paragraph, heading and blockquote of the story, in order', () => {
    const first = article.paragraphs.findIndex((p) => p.startsWith('The Riverton City Council'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(article.paragraphs.slice(first)).toHaveLength(11);
    expect(article.paragraphs).toContain('A divided chamber');
    expect(article.paragraphs.at(-1)).toBe(
      '“Riverton has waited fifty years for a tram. It can wait three more,” said Okafor.',
    );
    expect(text.indexOf('Inés Carvajal')).toBeLessThan(text.indexOf('Tomás Whitfield'));
  });

  test('leaves out the navigation, adverts, sidebar, comments and related links', () => {
    for (const clutter of ENGLISH_CLUTTER) expect(text, clutter).not.toContain(clutter);
  });

  test('collapses white space and drops empty paragraphs, the headline and the byline', () => {
    for (const paragraph of article.paragraphs) {
      expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
      expect(paragraph).not.toBe('');
    }
    expect(article.paragraphs).not.toContain(article.title);
    expect(text).not.toContain('Marisol Pratt');
  });
});

test('the Spanish fixture is read in Spanish, without its comments or adverts', () => {
  const article = extract(fixture('ayuntamiento-articulo.html'))!;
  const text = article.paragraphs.join('\n\n');
  expect(article.lang).toBe('es');
  expect(article.paragraphs).toHaveLength(6);
  expect(text).toContain('«Este pleno firma un cheque que no ha leído», dijo Quiroga.');
  for (const clutter of ['Publicidad', 'despilfarro', 'relacionadas', 'Suscríbete', 'derechos']) {
    expect(text, clutter).not.toContain(clutter);
  }
});

test('a page without an article reads as null, so the editor offers the paste box', () => {
  expect(extract('<html><body><nav><a href="/">Home</a></nav></body></html>')).toBeNull();
  expect(extract('')).toBeNull();
});

test('the language falls back to the one the page declared, primary subtag only', () => {
  const html = fixture('council-article.html').replace('<html lang="en">', '<html>');
  expect(extract(html)!.lang).toBe('');
  const declared = extractArticle({ html, url: 'http://127.0.0.1/', lang: 'en-GB' }, parser);
  expect(declared!.lang).toBe('en');
});

test('text inline beside blocks makes a paragraph of its own', () => {
  const words = 'The harbor tram will run every six minutes from the central station. '.repeat(6);
  const html = `<html><body><article><div>${words}<p>${words.toUpperCase()}</p>tail text ${words}</div></article></body></html>`;
  const article = extract(html)!;
  expect(article.paragraphs).toHaveLength(3);
  expect(article.paragraphs[1]).toBe(words.toUpperCase().trim());
});

// Real pages from Readability's own test set (../shared/corpus), a fixed sample of news pages.
const SAMPLE = [
  'bbc-1',
  'guardian-1',
  'nytimes-3',
  'wapo-1',
  'seattletimes-1',
  'telegraph',
  'la-nacion',
  'lemonde-1',
  'cnet',
];

describe.skipIf(CORPUS.skip)('real pages', () => {
  const names = corpusPageNames().filter((name) => SAMPLE.includes(name.replace('.html', '')));

  test('the sample is there', () => {
    CORPUS.require();
    expect(names).toHaveLength(SAMPLE.length);
  });

  test.each(names)('%s: readable paragraphs, no markup, no scripts', (name) => {
    const html = readFileSync(`${CORPUS.path}/${name}`, 'utf8');
    const article = extract(html, `https://example.com/${name}`);
    if (name === 'cnet.html') return expect(article).toBeNull();
    expect(article).not.toBeNull();
    const text = article!.paragraphs.join(' ');
    expect(text.length).toBeGreaterThan(1000);
    expect(text).not.toMatch(/<\/?(p|div|script|span)\b|function\s*\(|\{\s*"@context"/);
    for (const paragraph of article!.paragraphs) expect(paragraph.trim()).toBe(paragraph);
  });
});

describe('pasted text', () => {
  test('blank lines separate paragraphs; single line breaks inside one become spaces', () => {
    const article = articleFromPastedText(
      'First line\nstill first.\n\n\n  Second  one. \r\n \r\nThird',
      'es-MX',
    );
    expect(article.paragraphs).toEqual(['First line still first.', 'Second one.', 'Third']);
    expect(article).toMatchObject({ title: '', byline: '', url: '', lang: 'es' });
  });

  test('text without blank lines is one paragraph per line, as copied from a web page', () => {
    expect(articleFromPastedText('One.\nTwo.\n\n').paragraphs).toEqual(['One.', 'Two.']);
  });

  test('empty text has no paragraphs', () => {
    expect(articleFromPastedText(' \n\n \n').paragraphs).toEqual([]);
  });
});
