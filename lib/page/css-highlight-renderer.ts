import type { MentionRenderer, MentionStyle } from './mention-renderer';
import { ACTIVE_HIGHLIGHT, highlightName } from './mention-renderer';
import type { PageMention } from './page-mention';

/**
 * Draws mentions with the CSS Custom Highlight API: one highlight per kind of entry, registered
 * under the name of the current style (see `highlightName`), so a style change renames a few
 * registry entries and touches no range. The page's DOM is never touched.
 */
export class CssHighlightRenderer implements MentionRenderer {
  readonly changesDom = false;
  // The shown mentions of each kind, and those near the pointer (drawn by the subtle style).
  private readonly shown = new Map<string, Highlight>();
  private readonly near = new Map<string, Highlight>();
  private nearMentions: readonly PageMention[] = [];
  private active: Highlight | null = null;
  private style: MentionStyle = 'background';

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly HighlightClass: typeof Highlight,
  ) {}

  adopt(): void {
    // Nothing to draw until a mention is shown.
  }

  release(mentions: readonly PageMention[]): void {
    this.hide(mentions);
  }

  show(mentions: Iterable<PageMention>): void {
    // Ranges are added one by one: spreading 100k of them into the constructor overflows the stack.
    for (const mention of mentions) this.highlight(this.shown, mention.kind).add(mention.range);
  }

  hide(mentions: Iterable<PageMention>): void {
    for (const mention of mentions) {
      this.shown.get(mention.kind)?.delete(mention.range);
      this.near.get(mention.kind)?.delete(mention.range);
      if (this.active?.has(mention.range)) this.active.clear();
    }
  }

  setStyle(style: MentionStyle): void {
    if (style === this.style) return;
    this.unregisterAll();
    this.style = style;
    this.setNear(this.nearMentions);
    this.repair();
  }

  setNear(mentions: readonly PageMention[]): void {
    for (const highlight of this.near.values()) highlight.clear();
    this.nearMentions = mentions;
    if (this.style !== 'subtle') return;
    for (const mention of mentions) {
      if (this.shown.get(mention.kind)?.has(mention.range)) {
        this.highlight(this.near, mention.kind).add(mention.range);
      }
    }
  }

  setActive(mention: PageMention | null): void {
    if (!this.active) {
      this.active = new this.HighlightClass();
      // Above the kinds' highlights, whose colours it strengthens.
      this.active.priority = 1;
    }
    this.active.clear();
    if (mention) this.active.add(mention.range);
    this.repair();
  }

  releaseWithin(): PageMention[] {
    return [];
  }

  repair(): void {
    // The registry is shared with the page, which may clear it or reuse our names.
    for (const [name, highlight] of this.registrations()) {
      if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
    }
  }

  clear(): void {
    this.unregisterAll();
    for (const highlight of [...this.shown.values(), ...this.near.values()]) highlight.clear();
    this.active?.clear();
    this.shown.clear();
    this.near.clear();
    this.nearMentions = [];
  }

  // The registry entries the current style draws with.
  private *registrations(): Generator<[string, Highlight]> {
    if (this.style === 'subtle') {
      for (const [kind, highlight] of this.near) yield [highlightName(kind, 'near'), highlight];
    } else {
      for (const [kind, highlight] of this.shown)
        yield [highlightName(kind, this.style), highlight];
    }
    if (this.active) yield [ACTIVE_HIGHLIGHT, this.active];
  }

  private unregisterAll(): void {
    for (const [name, highlight] of this.registrations()) {
      if (this.registry.get(name) === highlight) this.registry.delete(name);
    }
  }

  private highlight(map: Map<string, Highlight>, kind: string): Highlight {
    let highlight = map.get(kind);
    if (!highlight) {
      highlight = new this.HighlightClass();
      map.set(kind, highlight);
      const drawn = map === this.near ? this.style === 'subtle' : this.style !== 'subtle';
      if (drawn)
        this.registry.set(highlightName(kind, map === this.near ? 'near' : this.style), highlight);
    }
    return highlight;
  }
}
