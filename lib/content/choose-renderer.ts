import { CssHighlightRenderer } from '../page/css-highlight-renderer';
import type { MentionRenderer } from '../page/mention-renderer';
import { supportsHighlights } from '../page/supports-highlights';
import { WrapRenderer } from '../page/wrap-renderer';

/**
 * How mentions are drawn in `window`: with the CSS Custom Highlight API, which leaves the DOM
 * alone, and by wrapping text only where that API is missing.
 */
export function chooseRenderer(window: Window): MentionRenderer {
  if (!supportsHighlights(window)) return new WrapRenderer();
  const { CSS, Highlight } = window as Window & typeof globalThis;
  return new CssHighlightRenderer(CSS.highlights, Highlight);
}
