/**
 * The kinds of thing an entry can describe. The extension styles highlights and filters cards
 * by kind, so the list stays short.
 */
export const ENTRY_KINDS = [
  'person',
  'organization',
  'group',
  'place',
  'event',
  'concept',
] as const;

/**
 * What an entry describes. A `group` is several people referred to together (such as
 * "international legal experts") that is not a formal organization.
 */
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * How much naming an entry says about a page: a `distinctive` entry belongs to the story, so a
 * page that names it touches the story; a `common` one (a country, a capital, Congress, Trump)
 * is named on countless pages that have nothing to do with it.
 */
export const RELEVANCES = ['distinctive', 'common'] as const;

/** Whether naming an entry means the page touches the story; see {@link RELEVANCES}. */
export type Relevance = (typeof RELEVANCES)[number];

/** Languages an alias can be marked with. */
export const ALIAS_LANGS = ['en', 'es'] as const;

/** The language of an alias that only makes sense in one language. */
export type AliasLang = (typeof ALIAS_LANGS)[number];

/**
 * The dataset format this extension reads and writes. Version 1 files (the same format without
 * `source.text`) are still read: `validateDataset` migrates them first.
 */
export const DATASET_VERSION = 2;

/** Where the dataset comes from: one news story. */
export interface Source {
  /** A descriptive title in our own words (the story may have none). */
  readonly title: string;
  /** What the source is, such as "news report". */
  readonly kind: string;
  /** The span of events the source covers, as the source itself states it. */
  readonly period: string;
  /** Anything else a reader should know about the source, such as a missing date. */
  readonly note?: string;
  /**
   * The full text of the source, when the dataset carries it: every evidence excerpt and
   * quotation is then checked word for word against it on import (version 2).
   */
  readonly text?: string;
}

/** One thing the story says about an entry, with the words of the story that support it. */
export interface Fact {
  /** The fact in our own words. */
  readonly text: string;
  /** An excerpt copied word for word from the source that supports the fact. */
  readonly evidence: string;
}

/** A direct quotation from the source. */
export interface Quote {
  /** The quoted words exactly as the source prints them, without the quotation marks. */
  readonly text: string;
  /** The id of the person entry who said it. */
  readonly speaker: string;
}

/** A form of words that refers to an entry on a page. */
export interface Alias {
  /** The words to look for. Matching ignores accents, and letter case unless `caseSensitive`. */
  readonly text: string;
  /**
   * Match only with exactly this letter case. Needed when the lower-case form is an everyday
   * word, as with "US" (us) or "Trump" (a trump card).
   */
  readonly caseSensitive?: boolean;
  /** The language of the alias; omitted for names that read the same in every language. */
  readonly lang?: AliasLang;
  /**
   * Match only where a word right next to it is a small word of this language (a preposition,
   * a conjunction, an article: `de EU`, `EU y México`). For an abbreviation that names something
   * else in the other language: "EU" is the United States in Mexican Spanish and the European
   * Union in English. Aliases only: a stop phrase claims its words wherever they stand.
   */
  readonly context?: AliasLang;
}

/** One person, organization, place, event or idea of the story, as its card shows it. */
export interface Entry {
  /** Stable kebab-case identifier, such as `claudia-sheinbaum`; unique in the dataset. */
  readonly id: string;
  /** What the entry describes. */
  readonly kind: EntryKind;
  /** The name shown on the card. */
  readonly name: string;
  /** One line in our own words: who or what this is. */
  readonly description: string;
  /** One to four facts from the story, each with its evidence. */
  readonly facts: readonly Fact[];
  /** Direct quotations from the story that belong on this card (possibly none). */
  readonly quotes: readonly Quote[];
  /** Ids of related entries. Relations go both ways. */
  readonly related: readonly string[];
  /** The forms of words that refer to this entry; at least one. */
  readonly aliases: readonly Alias[];
  /**
   * Longer phrases that contain one of the aliases but name something else ("Washington Post",
   * "trump card"): they claim their text, so the alias inside them is not highlighted, and are
   * never highlighted themselves. Written like aliases. Missing means none.
   */
  readonly stopPhrases?: readonly Alias[];
  /**
   * Whether naming this entry means the page touches the story. Common entries are shown only
   * on pages that also name distinctive ones. Missing means `distinctive`.
   */
  readonly relevance?: Relevance;
  /**
   * Decides between entries that claim the same alias (higher wins) and breaks ties between
   * overlapping matches of equal length. Missing means 0.
   */
  readonly priority?: number;
}

/** The context dataset for one news story. */
export interface Dataset {
  /** Format version (see {@link DATASET_VERSION}). */
  readonly version: typeof DATASET_VERSION;
  /** The story the dataset is drawn from. */
  readonly source: Source;
  /** Everything a reader may want context for. */
  readonly entries: readonly Entry[];
}

/** One problem found in a dataset, worded for the person who edits it. */
export interface DatasetError {
  /**
   * Where the problem is, such as `entries[3].aliases[0].text`; an empty string means the
   * dataset as a whole.
   */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

/** The verdict on a candidate dataset: the checked dataset, or the problems found. */
export type DatasetValidation =
  { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };
