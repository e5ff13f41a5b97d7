import type { PageMention } from './page-mention';
import { spanInNode } from './page-mention';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a DOM global here.
const NONE: readonly PageMention[] = [];
const NO_MENTIONS: ReadonlySet<PageMention> = new Set();

// The mentions of one text node, and the element that held the node when it was indexed.
interface NodeEntry {
  mentions: Set<PageMention>;
  holder: Element | null;
}

/**
 * Every mention on the page: by text node (for hover and rescans), by entry (counts, first
 * mentions), by the element holding its text (so that hover does nothing over text without
 * mentions), and in page order (for moving from mention to mention). Adding and removing cost
 * O(1) per node.
 */
export class MentionIndex {
  private readonly byNode = new Map<Text, NodeEntry>();
  private readonly all = new Set<PageMention>();
  private readonly entries = new Map<string, Set<PageMention>>();
  private readonly counts = new Map<string, number>();
  private readonly holders = new Map<Element, number>();
  private ordered: PageMention[] | null = null;

  /** Number of mentions. */
  get size(): number {
    return this.all.size;
  }

  /** Adds a mention. */
  add(mention: PageMention): void {
    this.all.add(mention);
    this.counts.set(mention.entryId, (this.counts.get(mention.entryId) ?? 0) + 1);
    const ofEntry = this.entries.get(mention.entryId);
    if (ofEntry) ofEntry.add(mention);
    else this.entries.set(mention.entryId, new Set([mention]));
    for (const node of mention.nodes) {
      const entry = this.byNode.get(node);
      if (entry) {
        entry.mentions.add(mention);
        continue;
      }
      const holder = node.parentElement;
      this.byNode.set(node, { mentions: new Set([mention]), holder });
      if (holder) this.holders.set(holder, (this.holders.get(holder) ?? 0) + 1);
    }
    this.ordered = null;
  }

  /** Removes a mention; returns false when it was not there. */
  delete(mention: PageMention): boolean {
    if (!this.all.delete(mention)) return false;
    const count = (this.counts.get(mention.entryId) ?? 1) - 1;
    if (count > 0) this.counts.set(mention.entryId, count);
    else this.counts.delete(mention.entryId);
    const ofEntry = this.entries.get(mention.entryId);
    ofEntry?.delete(mention);
    if (ofEntry?.size === 0) this.entries.delete(mention.entryId);
    for (const node of mention.nodes) {
      const entry = this.byNode.get(node);
      if (!entry) continue;
      entry.mentions.delete(mention);
      if (entry.mentions.size > 0) continue;
      this.byNode.delete(node);
      if (entry.holder) this.releaseHolder(entry.holder);
    }
    this.ordered = null;
    return true;
  }

  /** The mentions that touch a text node (a copy: safe to delete while iterating). */
  touching(node: Text): readonly PageMention[] {
    const entry = this.byNode.get(node);
    return entry ? [...entry.mentions] : NONE;
  }

  /** The mentions covering the character at `offset` in `node` (at most one per renderer). */
  at(node: Text, offset: number): PageMention[] {
    return this.touching(node).filter((mention) => {
      const [start, end] = spanInNode(mention, node);
      return start <= offset && offset < end;
    });
  }

  /** The mentions of one entry, in no particular order. */
  ofEntry(entryId: string): ReadonlySet<PageMention> {
    return this.entries.get(entryId) ?? NO_MENTIONS;
  }

  /**
   * True when `element` directly holds text of a mention: the element under the pointer when
   * it rests on that text. One lookup, so that pointer moves over other text cost nothing.
   */
  holdsMentionText(element: Element): boolean {
    return this.holders.has(element);
  }

  /** Mentions whose text has left the document. */
  disconnected(): PageMention[] {
    return [...this.all].filter((mention) => mention.nodes.some((node) => !node.isConnected));
  }

  /** How many times each entry is mentioned. */
  countsByEntry(): ReadonlyMap<string, number> {
    return this.counts;
  }

  /** All mentions in page order (computed when asked, then kept until the page changes). */
  inPageOrder(): readonly PageMention[] {
    this.ordered ??= [...this.all].sort(comparePageOrder);
    return this.ordered;
  }

  /** Every mention, in no particular order. */
  values(): IterableIterator<PageMention> {
    return this.all.values();
  }

  /** Forgets everything. */
  clear(): void {
    this.byNode.clear();
    this.all.clear();
    this.entries.clear();
    this.counts.clear();
    this.holders.clear();
    this.ordered = null;
  }

  private releaseHolder(holder: Element): void {
    const count = (this.holders.get(holder) ?? 1) - 1;
    if (count > 0) this.holders.set(holder, count);
    else this.holders.delete(holder);
  }
}

/** Orders two mentions as they appear on the page. */
export function comparePageOrder(a: PageMention, b: PageMention): number {
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA === nodeB) return a.range.startOffset - b.range.startOffset;
  return nodeA.compareDocumentPosition(nodeB) & FOLLOWING ? -1 : 1;
}
