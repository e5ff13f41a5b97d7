// The size limits of a dataset, in one place so the schema, its messages and the tests agree.

/** Longest entry id, in characters. */
export const MAX_ID_LENGTH = 64;
/** Longest entry name. */
export const MAX_NAME_LENGTH = 120;
/** Longest description: one line on the card. */
export const MAX_DESCRIPTION_LENGTH = 200;
/** Longest fact. */
export const MAX_FACT_LENGTH = 240;
/** Longest evidence excerpt or quotation. */
export const MAX_EXCERPT_LENGTH = 400;
/** Shortest alias: single letters would match almost anywhere. */
export const MIN_ALIAS_LENGTH = 2;
/** Longest alias. */
export const MAX_ALIAS_LENGTH = 100;
/** Longest title, kind or period of the source. */
export const MAX_SOURCE_FIELD_LENGTH = 200;
/** Longest note about the source. */
export const MAX_NOTE_LENGTH = 400;
/** Longest full text of the source, in characters (a long report is about 60,000). */
export const MAX_SOURCE_TEXT_LENGTH = 500_000;
/** Fewest facts per entry. */
export const MIN_FACTS = 1;
/** Most facts per entry: a card shows them all. */
export const MAX_FACTS = 4;
/** Most quotations per entry. */
export const MAX_QUOTES = 10;
/** Most aliases per entry. */
export const MAX_ALIASES = 50;
/** Most stop phrases per entry. */
export const MAX_STOP_PHRASES = 50;
/** Most related entries per entry. */
export const MAX_RELATED = 50;
/** Most entries per dataset. */
export const MAX_ENTRIES = 2000;
/** Lowest and highest priority. */
export const PRIORITY_RANGE = { min: -100, max: 100 } as const;
