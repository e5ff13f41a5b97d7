import { isInlineElement, isSkippedElement, isUnrendered } from './element-rules';

/** What the walker reports, in document order. */
export interface WalkSink {
  /** A text node to read. */
  text(node: Text): void;
  /** A `<br>` inside a block. */
  lineBreak(): void;
  /** The start or end of a block element. */
  blockBreak(): void;
  /** An open shadow root, to be scanned as a region of its own. */
  shadowRoot(root: ShadowRoot): void;
  /** A custom element without a shadow root yet: it may get one when its definition loads. */
  customElement(element: Element): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * A depth-first walk over one region of the page that can stop after any number of nodes and
 * resume later. It follows firstChild/nextSibling links, which measured faster than a TreeWalker
 * on large pages, and never recurses, so 10,000-deep nesting is fine.
 */
export class BlockWalker {
  private current: Node | null;
  /** True when the walk stopped early because the page removed the node it was at. */
  interrupted = false;

  /**
   * @param root the region to walk (an element, a shadow root or a document)
   * @param options.shallow walk only the root's own lines of text: blocks nested in it are left
   *   out (their edges still end lines)
   * @param options.skipSubtree extra elements to leave out besides the fixed rules, e.g. regions
   *   already scanned in this pass
   */
  constructor(
    private readonly root: Node,
    private readonly options: { shallow?: boolean; skipSubtree?(element: Element): boolean } = {},
  ) {
    this.current = root;
  }

  /** True when the whole region has been walked. */
  get done(): boolean {
    return this.current === null;
  }

  /** Walks at most `budget` nodes; returns true when the region is finished. */
  step(sink: WalkSink, budget: number): boolean {
    let node = this.current;
    // A node removed between two steps cannot lead back into the region: stop, and let the
    // caller scan the region again.
    if (node && node !== this.root && !this.root.contains(node)) {
      this.current = null;
      this.interrupted = true;
      return true;
    }
    for (let visited = 0; node && visited < budget; visited++) {
      if (this.enter(node, sink) && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      node = this.next(node, sink);
    }
    this.current = node;
    return node === null;
  }

  // Reports `node`; returns true when its children should be walked.
  private enter(node: Node, sink: WalkSink): boolean {
    if (node.nodeType === TEXT_NODE) {
      sink.text(node as Text);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return node === this.root;
    const element = node as Element;
    if (node === this.root ? isSkippedElement(element) : this.leavesOut(element)) {
      // Text on either side of visible content we leave out never joins into one mention, which
      // would paint across it.
      if (!isUnrendered(element)) sink.blockBreak();
      return false;
    }
    if (element.localName === 'br') sink.lineBreak();
    else if (!isInlineElement(element)) sink.blockBreak();
    if (element.shadowRoot) sink.shadowRoot(element.shadowRoot);
    else if (element.localName.includes('-')) sink.customElement(element);
    return true;
  }

  private leavesOut(element: Element): boolean {
    if (isSkippedElement(element)) return true;
    if (this.options.shallow && !isInlineElement(element)) return true;
    return this.options.skipSubtree?.(element) ?? false;
  }

  // The node after `node` in document order within the region, reporting blocks it leaves.
  private next(node: Node, sink: WalkSink): Node | null {
    let current: Node | null = node;
    while (current && current !== this.root && !current.nextSibling) {
      current = current.parentNode;
      if (current?.nodeType === ELEMENT_NODE && !isInlineElement(current as Element)) {
        sink.blockBreak();
      }
    }
    if (!current || current === this.root) return null;
    return current.nextSibling;
  }
}
