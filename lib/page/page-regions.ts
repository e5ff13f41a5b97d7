import { isInlineElement, isInsideSkippedContent } from './element-rules';

const ELEMENT_NODE = 1;

/**
 * The smallest region that holds all text a change to `node` can affect: its nearest block
 * ancestor (or shadow root / document). Null when `node` is detached.
 */
export function enclosingBlock(node: Node): Node | null {
  let current = node.parentNode;
  while (current && current.nodeType === ELEMENT_NODE && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current;
}

/**
 * Blocks under a few points of the viewport, so that what the reader sees is annotated first.
 * Reading points needs an up-to-date layout, which a loaded page already has.
 */
export function blocksInViewport(doc: Document): Element[] {
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const found: Element[] = [];
  for (const fx of [0.25, 0.5, 0.75]) {
    for (const fy of [0.15, 0.4, 0.65, 0.9]) {
      const hit = doc.elementFromPoint(width * fx, height * fy);
      const block = hit && (isInlineElement(hit) ? enclosingBlock(hit) : hit);
      if (!(block instanceof view.Element)) continue;
      if (block === doc.body || block === doc.documentElement) continue;
      if (isInsideSkippedContent(block)) continue;
      if (found.some((other) => other.contains(block) || block.contains(other))) continue;
      found.push(block);
    }
  }
  return found;
}
