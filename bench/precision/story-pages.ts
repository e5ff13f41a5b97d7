// The pages relevance is measured and learnt on: the source article and our story pages
// (tests/fixtures/story), our pages that are not about the story (tests/fixtures/off-story),
// and the shared corpus of real pages on other things (read from ../shared, never copied).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Matcher, Mention } from '../../lib/matcher/types';
import type { PlacedMention } from '../../lib/relevance/decide-relevance';
import { PAGE_PART } from '../../lib/relevance/decide-relevance';
import { ROOT, SHARED } from '../../scripts/paths.mjs';
import type { ReadPage } from './page-text';
import { plainText, readPage } from './page-text';

export const CORPUS = `${SHARED}corpus/pages/`;
export const ARTICLE = `${SHARED}source/article.txt`;
export const STORY_DIR = `${ROOT}tests/fixtures/story/`;
export const OFF_STORY_DIR = `${ROOT}tests/fixtures/off-story/`;

/** A page read and matched. */
export interface MatchedPage {
  label: string;
  page: ReadPage;
  found: Mention[];
}

/** The three sets of pages. */
export interface PageSets {
  stories: MatchedPage[];
  offStory: MatchedPage[];
  corpus: MatchedPage[];
}

/** True when the shared article and corpus are there to read. */
export function sharedPagesExist(): boolean {
  return existsSync(CORPUS) && existsSync(ARTICLE);
}

/** Reads and matches every page of the three sets with `matcher`. */
export async function readPageSets(matcher: Matcher): Promise<PageSets> {
  const article = plainPage(plainText(readFileSync(ARTICLE, 'utf8')));
  return {
    stories: [
      { label: 'the source article', page: article, found: matcher.find(article.text) },
      ...(await readPages(STORY_DIR, 'story/', matcher)),
    ],
    offStory: await readPages(OFF_STORY_DIR, 'off-story/', matcher),
    corpus: await readPages(CORPUS, 'corpus/', matcher),
  };
}

/** Reads and matches the pages of one directory, labelled `prefix` + file name. */
export async function readPages(
  dir: string,
  prefix: string,
  matcher: Matcher,
): Promise<MatchedPage[]> {
  const pages: MatchedPage[] = [];
  for (const name of htmlFiles(dir)) {
    const page = await readPage(readFileSync(`${dir}${name}`, 'utf8'), `http://127.0.0.1/${name}`);
    pages.push({ label: `${prefix}${name}`, page, found: matcher.find(page.text) });
  }
  return pages;
}

/** The mentions of a page as the relevance decision reads them. */
export function placed(found: readonly Mention[], page: ReadPage): PlacedMention[] {
  return found.map(({ entryId, start }) => ({ entryId, part: page.partAt(start) }));
}

/**
 * Whether the text at an offset of a story page belongs to the story: in a part (see
 * lib/page/page-parts.ts) with a marked term, or on the page around them when every part that
 * names anything is marked (the headline and menus of a page whose one article is the story).
 * The other parts of a feed or a live blog, and the page around them, are not the story. A page
 * with no marked term (the article) is all story.
 */
export function storyText(page: ReadPage, found: readonly Mention[]): (offset: number) => boolean {
  const marked = new Set(page.marked.map((mark) => page.partAt(mark.start)));
  const named = new Set(found.map((mention) => page.partAt(mention.start)));
  named.delete(PAGE_PART);
  const pageIsStory = marked.size === 0 || marked.has(PAGE_PART) || isSubset(named, marked, page);
  return (offset) => {
    const part = page.partAt(offset);
    return part === PAGE_PART ? pageIsStory : marked.size === 0 || marked.has(part);
  };
}

// Whether every part in `parts` is marked or stands inside a marked part.
function isSubset(parts: Set<number>, marked: Set<number>, page: ReadPage): boolean {
  return [...parts].every((part) => {
    for (let p: number | null = part; p !== null && p !== PAGE_PART; p = page.parentOf(p)) {
      if (marked.has(p)) return true;
    }
    return false;
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

// A page of plain text: one part, nothing marked.
function plainPage(text: string): ReadPage {
  return { text, partAt: () => 0, parentOf: () => null, marked: [] };
}
