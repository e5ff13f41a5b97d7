// The parts of a page the relevance decision reads one by one: each `<article>` (a feed item, a
// live blog's post, a story among others on a front page) and the page itself around them.

import { PAGE_PART } from '../relevance/decide-relevance';

/**
 * What makes a part. `<article>` is HTML's element for a self-contained piece (a post, a story,
 * a comment); `role="article"` is its ARIA equivalent on pages built of `<div>`s.
 */
const PART_SELECTOR = 'article, [role="article"]';

/**
 * Numbers the parts of a page as mentions are placed in them. Numbers are never reused; an
 * element that leaves the page keeps its number in no map once it is collected.
 */
export class PageParts {
  private readonly ids = new WeakMap<Element, number>();
  private readonly parents = new Map<number, number>();
  private next = PAGE_PART + 1;

  /** The part `node` stands in: its nearest part element, or the page. */
  partOf(node: Node): number {
    const element = partElement(node);
    return element ? this.idOf(element) : PAGE_PART;
  }

  /** The part around `part` ({@link PAGE_PART} for parts on the page itself, null for the page). */
  readonly parentOf = (part: number): number | null =>
    part === PAGE_PART ? null : (this.parents.get(part) ?? PAGE_PART);

  private idOf(element: Element): number {
    const known = this.ids.get(element);
    if (known !== undefined) return known;
    const id = this.next++;
    this.ids.set(element, id);
    const outer = element.parentNode ? partElement(element.parentNode) : null;
    this.parents.set(id, outer ? this.idOf(outer) : PAGE_PART);
    return id;
  }
}

// The nearest part element holding `node`, across shadow roots.
function partElement(node: Node): Element | null {
  let at: Node | null = node;
  while (at) {
    const element: Element | null =
      at.nodeType === 1 ? (at as Element) : (at as ChildNode).parentElement;
    const found = element?.closest(PART_SELECTOR);
    if (found) return found;
    const root = (element ?? at).getRootNode() as Node & { host?: Element };
    at = root.host ?? null;
  }
  return null;
}
