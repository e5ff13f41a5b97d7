// The page engine bundled on its own for tests in a real Chromium page (see bundle.ts), to reach
// functions the extension keeps inside its content script: hit-testing and the fallback renderer.
import { matcherTerms } from '../../../lib/catalog/catalog-terms';
import { catalogInPlaceOfBundled } from '../../../lib/catalog/bundled-catalog';
import { bundledDataset } from '../../../lib/dataset';
import { compileMatcher } from '../../../lib/matcher';
import type { Annotator } from '../../../lib/page/annotator';
import { startAnnotator } from '../../../lib/page/annotator';
import { CssHighlightRenderer } from '../../../lib/page/css-highlight-renderer';
import { mentionText } from '../../../lib/page/page-mention';
import { WrapRenderer } from '../../../lib/page/wrap-renderer';
import type { LiveWork } from './tracked-host';
import { liveWork, trackedHost, whileStarting } from './tracked-host';

let annotator: Annotator | null = null;
const host = trackedHost(window);

const engine = {
  start(renderer: 'highlights' | 'wrap'): void {
    const matcher = compileMatcher(matcherTerms(bundledDataset));
    whileStarting(() => {
      annotator = startAnnotator({
        document,
        matcher,
        kindOf: catalogInPlaceOfBundled(bundledDataset).kindOf,
        renderer:
          renderer === 'wrap'
            ? new WrapRenderer()
            : new CssHighlightRenderer(CSS.highlights, Highlight),
        host,
      });
    });
  },
  stop(): void {
    annotator?.stop();
  },
  mentionsInOrder(): string[] {
    return annotator?.index.inPageOrder().map(mentionText) ?? [];
  },
  /** The engine's pending timers, frames and idle callbacks, and its observing observers. */
  liveWork(): LiveWork {
    return liveWork();
  },
  entryAt(x: number, y: number): { entryId: string; text: string } | null {
    const mention = annotator?.mentionAt(x, y);
    return mention ? { entryId: mention.entryId, text: mentionText(mention) } : null;
  },
};

(window as unknown as { engine: typeof engine }).engine = engine;
