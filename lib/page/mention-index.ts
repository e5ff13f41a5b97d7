import type { PageMention } from './page-mention';
import { spanInNode } from './page-mention';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a DOM global here.
const NONE: readonly PageMention[] = [];

/**
 * Every mention on the page: by text node (for hover and rescans), by entry (counts), and in
 * page order (for moving from mention to mention). Adding and removing cost O(1) per node.
 */
export class MentionIndex {
  private readonly byNode = new Map<Text, Set<PageMention>>();
  private readonly all = new Set<PageMention>();
  private readonly counts = new Map<string, number>();
  private ordered: PageMention[] | null = null;

  /** Number of mentions. */
  get size(): number {
    return this.all.size;
  }

  /** Adds a mention. */
  add(mention: PageMention): void {
    this.all.add(mention);
    this.counts.set(mention.entryId, (this.counts.get(mention.entryId) ?? 0) + 1);
    for (const node of mention.nodes) {
      const set = this.byNode.get(node);
      if (set) set.add(mention);
      else this.byNode.set(node, new Set([mention]));
    }
    this.ordered = null;
  }

  /** Removes a mention; returns false when it was not there. */
  delete(mention: PageMention): boolean {
    if (!this.all.delete(mention)) return false;
    const count = (this.counts.get(mention.entryId) ?? 1) - 1;
    if (count > 0) this.counts.set(mention.entryId, count);
    else this.counts.delete(mention.entryId);
    for (const node of mention.nodes) {
      const set = this.byNode.get(node);
      set?.delete(mention);
      if (set?.size === 0) this.byNode.delete(node);
    }
    this.ordered = null;
    return true;
  }

  /** The mentions that touch a text node (a copy: safe to delete while iterating). */
  touching(node: Text): readonly PageMention[] {
    const set = this.byNode.get(node);
    return set ? [...set] : NONE;
  }

  /** The mention covering the character at `offset` in `node`, if any. */
  at(node: Text, offset: number): PageMention | undefined {
    return this.touching(node).find((mention) => {
      const [start, end] = spanInNode(mention, node);
      return start <= offset && offset < end;
    });
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
    this.counts.clear();
    this.ordered = null;
  }
}

function comparePageOrder(a: PageMention, b: PageMention): number {
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA === nodeB) return a.range.startOffset - b.range.startOffset;
  return nodeA.compareDocumentPosition(nodeB) & FOLLOWING ? -1 : 1;
}
