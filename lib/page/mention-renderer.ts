import type { PageMention } from './page-mention';

/** How shown mentions look: a tint with an underline, an underline, or nothing until near. */
export type MentionStyle = 'background' | 'underline' | 'subtle';

/**
 * Draws mentions on the page and takes them away again. The scan hands every mention it finds
 * to `adopt` and every one it loses to `release`; which of them are visible is decided by
 * `MentionDisplay` through `show` and `hide`.
 */
export interface MentionRenderer {
  /** True when drawing changes the page's DOM (the fallback), so rescans must undo it first. */
  readonly changesDom: boolean;
  /** Takes charge of newly found mentions; they stay invisible until shown. */
  adopt(mentions: readonly PageMention[]): void;
  /** Forgets mentions the scan lost (their text changed or left the page). */
  release(mentions: readonly PageMention[]): void;
  /** Makes adopted mentions visible. */
  show(mentions: Iterable<PageMention>): void;
  /** Makes shown mentions invisible again, keeping them adopted. */
  hide(mentions: Iterable<PageMention>): void;
  /** Draws every shown mention in `style`. */
  setStyle(style: MentionStyle): void;
  /**
   * The shown mentions near the pointer, which the `subtle` style draws (and the others
   * ignore); replaces the previous set.
   */
  setNear(mentions: readonly PageMention[]): void;
  /** Marks the mention whose card is open, or none. */
  setActive(mention: PageMention | null): void;
  /** Removes and returns the adopted mentions inside `region` (renderers that change the DOM). */
  releaseWithin(region: Node): PageMention[];
  /** Puts our drawing back if the page took it away (e.g. `CSS.highlights.clear()`). */
  repair(): void;
  /** Removes everything drawn. */
  clear(): void;
}

/** Name of the highlight (and of its style rules) for one kind of entry in one style. */
export function highlightName(kind: string, style: MentionStyle | 'near' = 'background'): string {
  return style === 'background' ? `context-cards-${kind}` : `context-cards-${style}-${kind}`;
}

/** Name of the highlight of the mention whose card is open. */
export const ACTIVE_HIGHLIGHT = 'context-cards-active';
