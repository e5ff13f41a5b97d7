import type { PageMention } from './page-mention';

/** Draws mentions on the page and takes them away again. */
export interface MentionRenderer {
  /** True when drawing changes the page's DOM (the fallback), so rescans must undo it first. */
  readonly changesDom: boolean;
  /** Draws mentions. */
  add(mentions: readonly PageMention[]): void;
  /** Removes drawn mentions. */
  remove(mentions: readonly PageMention[]): void;
  /** Removes and returns the drawn mentions inside `region` (renderers that change the DOM). */
  releaseWithin(region: Node): PageMention[];
  /** Puts our drawing back if the page took it away (e.g. `CSS.highlights.clear()`). */
  repair(): void;
  /** Removes everything drawn. */
  clear(): void;
}

/** Name of the highlight (and of the style rules) for one kind of entry. */
export function highlightName(kind: string): string {
  return `context-cards-${kind}`;
}
