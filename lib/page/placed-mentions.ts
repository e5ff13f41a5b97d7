// The page's mentions as the relevance decision reads them: how many mentions each entry has in
// each part of the page (see page-parts.ts). Kept from the changes of each slice, so that a slice
// costs what it changed rather than what the page holds.

import type { PlacedMention } from '../relevance/decide-relevance';
import { PAGE_PART } from '../relevance/decide-relevance';
import type { PageMention } from './page-mention';
import { PageParts } from './page-parts';

/** A placed entry with how many of its mentions stand in the part. */
interface PlacedCount extends PlacedMention {
  readonly count: number;
}

/** Counts of mentions by entry and part. */
export class PlacedMentions {
  private readonly parts = new PageParts();
  private readonly partOfMention = new WeakMap<PageMention, number>();
  private readonly counts = new Map<string, PlacedCount>();

  /** The part around a part (see {@link PageParts.parentOf}). */
  readonly parentOf = this.parts.parentOf;

  /** Counts `mentions` in (`delta` 1) or out (-1) of the parts they stand in. */
  place(mentions: readonly PageMention[], delta: 1 | -1): void {
    for (const mention of mentions) {
      const part = this.partOf(mention);
      const key = placedKey(mention.entryId, part);
      const count = (this.counts.get(key)?.count ?? 0) + delta;
      if (count > 0) this.counts.set(key, { entryId: mention.entryId, part, count });
      else this.counts.delete(key);
    }
  }

  /** Each entry and part with at least one mention, by {@link placedKey}. */
  entries(): IterableIterator<[string, PlacedMention]> {
    return this.counts.entries();
  }

  /** The placed entries, one per entry and part. */
  list(): PlacedMention[] {
    return [...this.counts.values()];
  }

  /** The part a mention stands in, read once: a mention is static (see PageMention). */
  partOf(mention: PageMention): number {
    let part = this.partOfMention.get(mention);
    if (part === undefined) {
      part = mention.nodes[0] ? this.parts.partOf(mention.nodes[0]) : PAGE_PART;
      this.partOfMention.set(mention, part);
    }
    return part;
  }

  /** Forgets every count. */
  clear(): void {
    this.counts.clear();
  }
}

/**
 * The key of an entry in a part. Entry ids hold no space (they are kebab-case, or
 * `dataset/entry`), so the last space splits the part off again ({@link entryOfKey}).
 */
export function placedKey(entryId: string, part: number): string {
  return `${entryId} ${part}`;
}

/** The entry id of a {@link placedKey}, or the key itself when it is a plain entry id. */
export function entryOfKey(key: string): string {
  const space = key.lastIndexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}
