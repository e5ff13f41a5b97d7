import type { MentionIndex } from './mention-index';
import type { PageMention } from './page-mention';

const TEXT_NODE = 3;

/**
 * The mentions under a point of the viewport, for hover (several only where renderers overlap
 * them, which the matcher never does). Costs the same however many mentions the page has: the
 * caret position under the point gives a text node, the index gives that node's few mentions,
 * and the mention's own boxes confirm the point is on it (a caret position is also reported for
 * points beside the text, past the end of a line).
 */
export function mentionAtPoint(
  doc: Document,
  view: { Range: typeof Range },
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): PageMention[] {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== TEXT_NODE) return [];
  const node = caret.node as Text;
  // The caret sits between two characters: the one under the point is on either side.
  for (const offset of [caret.offset, caret.offset - 1]) {
    const found = index.at(node, offset).filter((mention) => isPointOnMention(view, mention, x, y));
    if (found.length > 0) return found;
  }
  return [];
}

/** The box of `mention`'s text that contains a point, or its first box; null when it has none. */
export function mentionRectAt(
  view: { Range: typeof Range },
  mention: PageMention,
  point?: { x: number; y: number },
): DOMRect | null {
  const rects = mentionRects(view, mention).filter((rect) => rect.width > 0 || rect.height > 0);
  const under = point && rects.find((rect) => contains(rect, point.x, point.y));
  return under ?? rects[0] ?? null;
}

/** The boxes a mention's text occupies on screen, one per line it spans. */
export function mentionRects(view: { Range: typeof Range }, mention: PageMention): DOMRect[] {
  const range = liveRange(view, mention);
  return range ? [...range.getClientRects()] : [];
}

/** A live Range over the mention, for geometry and positioning; null when it no longer fits. */
export function liveRange(view: { Range: typeof Range }, mention: PageMention): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  try {
    const range = new view.Range();
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
    return range;
  } catch {
    // The text changed since the scan and the offsets no longer fit; a rescan is on its way.
    return null;
  }
}

function isPointOnMention(
  view: { Range: typeof Range },
  mention: PageMention,
  x: number,
  y: number,
): boolean {
  return mentionRects(view, mention).some((rect) => contains(rect, x, y));
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return position && { node: position.offsetNode, offset: position.offset };
  }
  // Older Chromium and Safari.
  const legacy = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  const range = legacy.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
