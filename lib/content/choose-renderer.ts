import { CssHighlightRenderer } from '../page/css-highlight-renderer';
import type { MentionRenderer } from '../page/mention-renderer';
import { WrapRenderer } from '../page/wrap-renderer';

/**
 * How mentions are drawn in `window`: with the CSS Custom Highlight API, which leaves the DOM
 * alone, and by wrapping text only where that API is missing.
 */
export function chooseRenderer(window: Window): MentionRenderer {
  const { CSS, Highlight } = window as Window & {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: typeof globalThis.Highlight;
  };
  if (CSS?.highlights && typeof Highlight === 'function') {
    return new CssHighlightRenderer(CSS.highlights, Highlight);
  }
  return new WrapRenderer();
}
