import type { Dataset } from '../dataset/types';
import { compileMatcher } from '../matcher';
import type { Annotator } from '../page/annotator';
import { startAnnotator } from '../page/annotator';
import { CssHighlightRenderer } from '../page/css-highlight-renderer';
import type { MentionRenderer } from '../page/mention-renderer';
import { WrapRenderer } from '../page/wrap-renderer';
import { kindLookup, matcherTerms } from './dictionary';

/** Highlights the dataset's mentions in `window`'s document until `stop()` is called. */
export function startPageAnnotation(
  window: Window,
  dataset: Dataset,
  options: { shadowCss?: string; onChange?(annotator: Annotator): void } = {},
): Annotator {
  return startAnnotator({
    document: window.document,
    matcher: compileMatcher(matcherTerms(dataset)),
    kindOf: kindLookup(dataset),
    renderer: chooseRenderer(window),
    host: window as Window & typeof globalThis,
    ...options,
  });
}

// The CSS Custom Highlight API leaves the DOM alone; wrapping text is the fallback without it.
function chooseRenderer(window: Window): MentionRenderer {
  const { CSS, Highlight } = window as Window & {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: typeof globalThis.Highlight;
  };
  if (CSS?.highlights && typeof Highlight === 'function') {
    return new CssHighlightRenderer(CSS.highlights, Highlight);
  }
  return new WrapRenderer();
}
