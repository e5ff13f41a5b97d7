import type { MentionRenderer, MentionStyle } from './mention-renderer';
import type { PageMention } from './page-mention';
import { spanInNode } from './page-mention';

/** Tag of the element that wraps a mention where the CSS Custom Highlight API is missing. */
export const MARK_TAG = 'context-cards-mark';

/**
 * Fallback for browsers without the CSS Custom Highlight API: wraps each mention's text in a
 * custom element as soon as it is found, unstyled until shown (its `data-style` attribute
 * carries the style; see highlights.css). Releasing a mention unwraps it and joins the text
 * nodes it split, so the page is left with the same nodes it had (without calling
 * `normalize()`, which would also merge the page's own adjacent text nodes).
 */
export class WrapRenderer implements MentionRenderer {
  readonly changesDom = true;
  private readonly marks = new Map<PageMention, Element[]>();
  private readonly mentionOfMark = new WeakMap<Element, PageMention>();
  private readonly shown = new Set<PageMention>();
  private near: readonly PageMention[] = [];
  private active: PageMention | null = null;
  private style: MentionStyle = 'background';
  // Text nodes created by our splits: on removal they are joined back into their left neighbour.
  private readonly splitOff = new WeakSet<Text>();

  adopt(mentions: readonly PageMention[]): void {
    // Right to left, so the offsets of mentions further left stay valid after each split.
    for (let i = mentions.length - 1; i >= 0; i--) this.wrap(mentions[i]!);
  }

  release(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      for (const mark of this.marks.get(mention) ?? []) this.unwrap(mark);
      this.marks.delete(mention);
      this.shown.delete(mention);
      if (this.active === mention) this.active = null;
    }
  }

  show(mentions: Iterable<PageMention>): void {
    for (const mention of mentions) {
      if (!this.marks.has(mention)) continue;
      this.shown.add(mention);
      this.mark(mention, 'data-style', this.style);
    }
  }

  hide(mentions: Iterable<PageMention>): void {
    for (const mention of mentions) {
      this.shown.delete(mention);
      this.mark(mention, 'data-style', null);
    }
  }

  setStyle(style: MentionStyle): void {
    this.style = style;
    for (const mention of this.shown) this.mark(mention, 'data-style', style);
  }

  setNear(mentions: readonly PageMention[]): void {
    for (const mention of this.near) this.mark(mention, 'data-near', null);
    this.near = mentions;
    for (const mention of mentions) this.mark(mention, 'data-near', '');
  }

  setActive(mention: PageMention | null): void {
    if (this.active) this.mark(this.active, 'data-active', null);
    this.active = mention;
    if (mention) this.mark(mention, 'data-active', '');
  }

  releaseWithin(region: Node): PageMention[] {
    if (!('querySelectorAll' in region)) return [];
    const released = new Set<PageMention>();
    for (const mark of (region as ParentNode).querySelectorAll(MARK_TAG)) {
      const mention = this.mentionOfMark.get(mark);
      if (mention) released.add(mention);
    }
    this.release([...released]);
    return [...released];
  }

  repair(): void {
    // Nothing to repair: the marks are in the DOM, and a page that removes them removes the text.
  }

  clear(): void {
    this.release([...this.marks.keys()]);
    this.near = [];
  }

  private mark(mention: PageMention, attribute: string, value: string | null): void {
    for (const mark of this.marks.get(mention) ?? []) {
      if (value === null) mark.removeAttribute(attribute);
      else mark.setAttribute(attribute, value);
    }
  }

  private wrap(mention: PageMention): void {
    const marks: Element[] = [];
    const wrapped: Text[] = [];
    for (let i = mention.nodes.length - 1; i >= 0; i--) {
      const node = mention.nodes[i]!;
      const [start, end] = spanInNode(mention, node);
      if (start >= end || !node.parentNode) continue;
      if (end < node.data.length) this.splitOff.add(node.splitText(end));
      const target = start > 0 ? node.splitText(start) : node;
      if (target !== node) this.splitOff.add(target);
      const mark = node.ownerDocument.createElement(MARK_TAG);
      mark.setAttribute('data-kind', mention.kind);
      target.parentNode!.insertBefore(mark, target);
      mark.appendChild(target);
      this.mentionOfMark.set(mark, mention);
      marks.unshift(mark);
      wrapped.unshift(target);
    }
    this.marks.set(mention, marks);
    // The split moved the mention's text into new nodes: point the mention at them.
    const first = wrapped[0];
    const last = wrapped[wrapped.length - 1];
    if (!first || !last) return;
    mention.nodes = wrapped;
    mention.range = {
      startContainer: first,
      startOffset: 0,
      endContainer: last,
      endOffset: last.data.length,
      collapsed: false,
    } as StaticRange;
  }

  private unwrap(mark: Element): void {
    const parent = mark.parentNode;
    const text = mark.firstChild;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    if (text instanceof Text) this.rejoin(text);
  }

  // Joins `text` and a split-off right neighbour back into the node they were split from.
  private rejoin(text: Text): void {
    let left = text;
    if (this.splitOff.has(text) && text.previousSibling instanceof Text) {
      left = text.previousSibling;
      left.appendData(text.data);
      text.remove();
    }
    const right = left.nextSibling;
    if (right instanceof Text && this.splitOff.has(right)) {
      left.appendData(right.data);
      right.remove();
    }
  }
}
