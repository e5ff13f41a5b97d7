/** A region of the page waiting to be scanned. */
export interface QueuedRegion {
  node: Node;
  /**
   * Only the region's own lines of text, not the blocks nested in it: enough after an inline
   * change, and far cheaper on a feed whose container holds thousands of items.
   */
  shallow: boolean;
}

/** Regions to scan, first in first out, each at most once (a deep request wins over a shallow one). */
export class RegionQueue {
  private readonly order: Node[] = [];
  private readonly shallow = new Map<Node, boolean>();

  /** Number of regions waiting. */
  get size(): number {
    return this.order.length;
  }

  /** Adds a region at the back, or makes a waiting one deep. */
  push(node: Node, shallow: boolean): void {
    this.add(node, shallow, false);
  }

  /** Adds a region at the front (what is on screen), or makes a waiting one deep. */
  pushFront(node: Node, shallow: boolean): void {
    this.add(node, shallow, true);
  }

  /** Takes the next region. */
  shift(): QueuedRegion | undefined {
    const node = this.order.shift();
    if (!node) return undefined;
    const shallow = this.shallow.get(node) ?? false;
    this.shallow.delete(node);
    return { node, shallow };
  }

  /** Forgets every waiting region. */
  clear(): void {
    this.order.length = 0;
    this.shallow.clear();
  }

  private add(node: Node, shallow: boolean, front: boolean): void {
    const waiting = this.shallow.get(node);
    if (waiting !== undefined) {
      this.shallow.set(node, waiting && shallow);
      return;
    }
    this.shallow.set(node, shallow);
    if (front) this.order.unshift(node);
    else this.order.push(node);
  }
}
