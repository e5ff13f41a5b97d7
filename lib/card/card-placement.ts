import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { VirtualElement } from '@floating-ui/dom';

// Space kept between the card and the mention, and between the card and the viewport's edges.
const GAP_PX = 6;
const EDGE_PX = 8;

/**
 * Keeps `card` next to a line box of a mention: below it, or above when there is more room,
 * shifted to stay inside the viewport and never taller than the room left, so that it never
 * covers the mention. Follows scrolling and resizing until the returned cleanup runs.
 * `lineBox` is read again on every update (the page may move the text); `context` is an
 * element of the mention, whose scrolling ancestors are watched. `onPlaced` runs after each
 * placement (the first one makes the card visible).
 */
export function placeCard(
  card: HTMLElement,
  lineBox: () => DOMRect | null,
  context: Element,
  onPlaced: () => void,
): () => void {
  let last: DOMRect | null = null;
  const reference: VirtualElement = {
    getBoundingClientRect: () => (last = lineBox() ?? last ?? new DOMRect()),
    contextElement: context,
  };
  const update = () => {
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PX, fallbackStrategy: 'bestFit', crossAxis: false }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply({ availableHeight, availableWidth, elements }) {
            elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            elements.floating.style.maxWidth = `${Math.max(200, Math.floor(availableWidth))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      onPlaced();
    });
  };
  return autoUpdate(reference, card, update, { animationFrame: false });
}
