/**
 * The shapes the story editor works with: the article it reads, the entries it suggests and the
 * draft the author builds from them. Pure data: everything here can be stored as it is.
 */
import type { Alias, Entry, EntryKind, Fact, Quote, Relevance } from '../dataset/types';

/** The main text of a page, as Readability extracted it (or the author pasted it). */
export interface ArticleText {
  /** The article's title; may be empty. */
  readonly title: string;
  /** Who wrote it, as the page states it; may be empty. */
  readonly byline: string;
  /** The page's address; empty for pasted text. */
  readonly url: string;
  /** The language of the text as far as it is known (`en`, `es`), else empty. */
  readonly lang: string;
  /**
   * The readable paragraphs, in order. `paragraphs.join('\n\n')` is the article's text: the
   * dataset's `source.text`, against which every evidence excerpt and quotation is checked.
   */
  readonly paragraphs: readonly string[];
}

/** A span of the article's text: offsets into `paragraphs.join('\n\n')`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A candidate entry found in the article's text. */
export interface Suggestion {
  /** Stable within one article: derived from the name, kebab-case. */
  readonly id: string;
  /** The fullest form of the name found, as printed ("Inés Carvajal"). */
  readonly name: string;
  /** Guessed kind. */
  readonly kind: EntryKind;
  /** Every form that refers to it in the text ("Inés Carvajal", "Carvajal"), fullest first. */
  readonly forms: readonly string[];
  /** How many times any of its forms occurs in the text. */
  readonly mentions: number;
}

/**
 * One fact of a draft entry, as in a dataset; its evidence is a span of the article, so it is
 * verbatim.
 */
export type DraftFact = Fact;

/** One quotation of a draft entry, picked from the article's quoted passages, as in a dataset. */
export type DraftQuote = Quote;

/** One alias of a draft entry, as in a dataset (a reopened dataset's `context` is kept). */
export type DraftAlias = Alias;

/**
 * An entry as the author edits it: a dataset entry that may be incomplete (the validator says
 * what is missing) and always states its relevance. Relations are kept two-way by the editor;
 * `stopPhrases` and `priority` are kept from a reopened dataset and not changed.
 */
export interface DraftEntry extends Omit<Entry, 'relevance'> {
  readonly relevance: Relevance;
}

/** Everything the author has done for one article; saved as they type. */
export interface Draft {
  /** The draft's own id (also the imported dataset's id once saved). */
  readonly id: string;
  readonly article: ArticleText;
  /** The story's title and kind, as `source.title`/`source.kind` of the dataset. */
  readonly title: string;
  readonly sourceKind: string;
  readonly period: string;
  readonly entries: readonly DraftEntry[];
  /** Ids of suggestions the author dismissed or merged, so they are not offered again. */
  readonly settledSuggestions: readonly string[];
  /** Changes the author made to suggestions not yet accepted, by suggestion id. */
  readonly suggestionEdits?: Readonly<Record<string, SuggestionEdit>>;
  /** The id of the imported dataset this draft was saved as, or reopened from. */
  readonly datasetId?: string;
  /** When the draft was last changed (ms since the epoch). */
  readonly updatedAt: number;
}

/** What the author changed of a suggestion before accepting it (renamed, re-kinded, merged). */
export interface SuggestionEdit {
  readonly name?: string;
  readonly kind?: EntryKind;
  /** Forms of suggestions merged into this one. */
  readonly forms?: readonly string[];
  /** Mentions of suggestions merged into this one. */
  readonly mentions?: number;
}
