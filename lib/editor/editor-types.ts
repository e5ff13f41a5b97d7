/**
 * The shapes the story editor works with: the article it reads, the entries it suggests and the
 * draft the author builds from them. Pure data: everything here can be stored as it is.
 */
import type { AliasLang, EntryKind, Relevance } from '../dataset/types';

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

/** One fact of a draft entry: its evidence is a span of the article, so it is verbatim. */
export interface DraftFact {
  readonly text: string;
  /** The evidence excerpt exactly as the article prints it. */
  readonly evidence: string;
}

/** One quotation of a draft entry, picked from the article's quoted passages. */
export interface DraftQuote {
  readonly text: string;
  /** The id of the draft entry (a person) who said it. */
  readonly speaker: string;
}

/** One alias of a draft entry; the same fields as a dataset alias. */
export interface DraftAlias {
  readonly text: string;
  readonly caseSensitive?: boolean;
  readonly lang?: AliasLang;
  /** Kept from a reopened dataset; the editor does not change it. */
  readonly context?: AliasLang;
}

/** An entry as the author edits it: may be incomplete; the validator says what is missing. */
export interface DraftEntry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly description: string;
  readonly aliases: readonly DraftAlias[];
  readonly facts: readonly DraftFact[];
  readonly quotes: readonly DraftQuote[];
  /** Kept two-way by the editor. */
  readonly related: readonly string[];
  readonly relevance: Relevance;
  /** Kept from a reopened dataset; the editor does not change them. */
  readonly stopPhrases?: readonly DraftAlias[];
  readonly priority?: number;
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
