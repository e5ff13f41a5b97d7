import type { MentionRenderer } from './mention-renderer';
import { highlightName } from './mention-renderer';
import type { PageMention } from './page-mention';

/**
 * Draws mentions with the CSS Custom Highlight API, one named highlight per kind of entry.
 * The page's DOM is never touched.
 */
export class CssHighlightRenderer implements MentionRenderer {
  readonly changesDom = false;
  private readonly highlights = new Map<string, Highlight>();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly HighlightClass: typeof Highlight,
  ) {}

  add(mentions: readonly PageMention[]): void {
    // Ranges are added one by one: spreading 100k of them into the constructor overflows the stack.
    for (const mention of mentions) this.highlightFor(mention.kind).add(mention.range);
  }

  remove(mentions: readonly PageMention[]): void {
    for (const mention of mentions) this.highlights.get(mention.kind)?.delete(mention.range);
  }

  releaseWithin(): PageMention[] {
    return [];
  }

  repair(): void {
    // The registry is shared with the page, which may clear it or reuse our names.
    for (const [kind, highlight] of this.highlights) {
      const name = highlightName(kind);
      if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
    }
  }

  clear(): void {
    for (const [kind, highlight] of this.highlights) {
      const name = highlightName(kind);
      if (this.registry.get(name) === highlight) this.registry.delete(name);
      highlight.clear();
    }
    this.highlights.clear();
  }

  private highlightFor(kind: string): Highlight {
    let highlight = this.highlights.get(kind);
    if (!highlight) {
      highlight = new this.HighlightClass();
      this.highlights.set(kind, highlight);
      this.registry.set(highlightName(kind), highlight);
    }
    return highlight;
  }
}
