/**
 * Everything the extension knows: the entries of the bundled dataset and of the datasets the
 * reader imported, under one set of ids, with where each entry comes from. The matcher, the
 * cards, the popup and the options page all read entries from here. Pure logic.
 */
import { matcherTerms } from './catalog-terms';
import { BUNDLED_ID } from '../dataset/bundled-id';
import { DEFAULT_KIND } from '../dataset/default-kind';
import { foldText } from '../dataset/fold-text';
import type { Dataset, Entry, Relevance, Source } from '../dataset/types';
import type { MatcherTerm } from '../matcher/types';

export { BUNDLED_ID } from '../dataset/bundled-id';

/** Where a catalog entry comes from. */
export interface DatasetOrigin {
  /** `bundled`, or the id of an imported dataset. */
  readonly id: string;
  readonly source: Source;
  /**
   * True when every evidence excerpt and quotation was checked word for word against the
   * source's text (the bundled dataset by its tests, an imported one when it carries the text).
   */
  readonly evidenceChecked: boolean;
}

/** An entry as the catalog holds it: ids rewritten to catalog ids, with its origin. */
export interface CatalogEntry extends Entry {
  readonly origin: DatasetOrigin;
}

/** A dataset and where it comes from, as the catalog is built from them. */
export interface CatalogPart {
  readonly origin: DatasetOrigin;
  readonly dataset: Dataset;
}

/**
 * The entries of several datasets; the bundled dataset's ids are kept as they are. Where one
 * dataset's stop phrase is another's alias ("Washington Post", a stop phrase of `washington`,
 * is the alias of an imported newspaper), the stop phrase is left out: the alias claims the same
 * words, which keeps the shorter alias inside them from matching just as well, and is shown.
 */
export class Catalog {
  private readonly entries = new Map<string, CatalogEntry>();
  private readonly terms: MatcherTerm[] = [];

  constructor(parts: readonly CatalogPart[]) {
    // One dataset never has a stop phrase equal to its own alias (the validator sees to it).
    const aliases = new Set(
      parts.length < 2
        ? []
        : parts.flatMap(({ dataset }) =>
            dataset.entries.flatMap((entry) => entry.aliases.map((alias) => foldText(alias.text))),
          ),
    );
    for (const { origin, dataset } of parts) {
      const id = (entryId: string) => catalogId(origin.id, entryId);
      for (const entry of dataset.entries) {
        this.entries.set(id(entry.id), {
          ...entry,
          id: id(entry.id),
          related: entry.related.map(id),
          quotes: entry.quotes.map((quote) => ({ ...quote, speaker: id(quote.speaker) })),
          origin,
        });
      }
      for (const term of matcherTerms(dataset)) {
        if (term.stop && aliases.has(foldText(term.alias))) continue;
        this.terms.push({ ...term, entryId: term.entryId && id(term.entryId) });
      }
    }
  }

  /** The entry with a catalog id. */
  get(id: string): CatalogEntry | undefined {
    return this.entries.get(id);
  }

  /** Every entry, datasets in order, entries in their dataset's order. */
  all(): CatalogEntry[] {
    return [...this.entries.values()];
  }

  /** The matcher terms of every entry, under catalog ids. */
  matcherTerms(): readonly MatcherTerm[] {
    return this.terms;
  }

  /** The kind of an entry (its highlight style); unknown ids are concepts. */
  readonly kindOf = (id: string): string => this.entries.get(id)?.kind ?? DEFAULT_KIND;

  /** The dataset (story) an entry comes from; unknown ids belong to the bundled one. */
  readonly storyOf = (id: string): string => this.entries.get(id)?.origin.id ?? BUNDLED_ID;

  /** Whether naming an entry means a page touches its story (see lib/relevance). */
  readonly relevanceOf = (id: string): Relevance =>
    this.entries.get(id)?.relevance ?? 'distinctive';
}

/** The catalog id of an entry: its own id in the bundled dataset, `dataset/entry` elsewhere. */
export function catalogId(datasetId: string, entryId: string): string {
  return datasetId === BUNDLED_ID ? entryId : `${datasetId}/${entryId}`;
}
