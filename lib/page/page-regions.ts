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

/** The window's parts `blocksInViewport` reads. */
export interface ViewportHost {
  innerWidth: number;
  innerHeight: number;
  performance: Performance;
  Element: typeof Element;
}

// The finest vertical spacing of sampled points: less than a line of text.
const FINEST_STEP_PX = 12;
const COLUMNS = [0.5, 0.25, 0.75];

/**
 * The blocks of text on screen, so that what the reader sees is annotated first: the blocks
 * under points of the viewport, sampled from its centre outwards, coarse to fine (halves,
 * quarters, eighths… down to about a line) until `budgetMs` is spent. Hit tests cost little on
 * most pages but about a millisecond each in a container of 20,000 paragraphs, hence the budget.
 * A block taller than the viewport is a container (the point fell between its paragraphs), not
 * text in view, and is left to the full pass. Hit tests need an up-to-date layout: call this
 * after a rendered frame (see afterRendering), or it forces one.
 */
export function blocksInViewport(doc: Document, view: ViewportHost, budgetMs: number): Element[] {
  if (typeof doc.elementFromPoint !== 'function') return [];
  const deadline = view.performance.now() + budgetMs;
  const height = view.innerHeight;
  const found: Element[] = [];
  const seen = new Set<Element>();
  for (const [fx, y] of samplePoints(height)) {
    if (view.performance.now() > deadline) break;
    const hit = doc.elementFromPoint(view.innerWidth * fx, y);
    const block = hit && (isInlineElement(hit) ? enclosingBlock(hit) : hit);
    if (!(block instanceof view.Element) || seen.has(block)) continue;
    seen.add(block);
    if (block.localName === 'body' || block.localName === 'html') continue;
    if (block.getBoundingClientRect().height > height) continue;
    if (isInsideSkippedContent(block)) continue;
    if (found.some((other) => other.contains(block) || block.contains(other))) continue;
    found.push(block);
  }
  return found;
}

// Points [x fraction, y px]: the middle row first, then rows halfway between those already taken.
function* samplePoints(height: number): Generator<[number, number]> {
  for (let step = height / 2; step >= FINEST_STEP_PX / 2; step /= 2) {
    for (let y = step; y < height; y += 2 * step) {
      for (const fx of COLUMNS) yield [fx, y];
    }
  }
}
