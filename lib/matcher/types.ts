/** One alias of a dictionary entry, as given to {@link compileMatcher}. */
export interface MatcherTerm {
  /** Id of the entry the alias belongs to; copied into every mention. */
  entryId: string;
  /** The surface form to look for, e.g. `Claudia Sheinbaum` or `EE. UU.`. */
  alias: string;
  /**
   * When true the letters must match with their exact case (`US` does not match `us` or `Us`,
   * `Trump` does not match `trump`); diacritics, spacing and punctuation variants are still
   * tolerated. An alias written with initial capitals also matches its all-capitals form among
   * capitals (`TRUMP` in `SHEINBAUM AND TRUMP`, not in `the TRUMP brand`).
   */
  caseSensitive?: boolean;
  /** Breaks ties between mentions of equal length: the higher priority wins. Defaults to 0. */
  priority?: number;
  /**
   * How the alias changes in number, for case-insensitive aliases: `en` (the default) also
   * finds the regular English plural or singular of its last word; `es` also finds the Spanish
   * plural (`cártel` → `cárteles`, `organización terrorista` → `organizaciones terroristas`);
   * `none` finds the alias as written (names of people and places).
   */
  inflect?: 'en' | 'es' | 'none';
  /**
   * Where set, the alias counts only where a word right next to it is one of that language's
   * small words (`de EU`, `EU y México`), for an abbreviation that means something else in the
   * other language (`EU`, the European Union in English).
   */
  context?: 'en' | 'es';
  /**
   * A stop phrase (`Washington Post`, `trump card`): it claims its text like any alias, so the
   * longest-match rule keeps the shorter aliases inside it from matching, but it is never
   * reported as a mention.
   */
  stop?: boolean;
}

/** A place in the text where an alias was found. */
export interface Mention {
  /** Offset of the first UTF-16 code unit of the mention in the original text. */
  start: number;
  /** Offset just past the last code unit of the mention (exclusive). */
  end: number;
  /** The `entryId` of the matching term. */
  entryId: string;
  /** The `alias` of the matching term, as it was declared. */
  alias: string;
}

/** A dictionary compiled for fast, repeated searching. */
export interface Matcher {
  /** Returns the mentions in `text`, ordered by position and never overlapping. Never throws. */
  find(text: string): Mention[];
  /** Number of terms that compiled (terms whose alias folds to nothing are skipped). */
  readonly termCount: number;
}
