import { displayRules } from '../page/display-rules';
import { DEFAULT_KIND } from '../dataset/default-kind';
import { CssHighlightRenderer } from '../page/css-highlight-renderer';
import { MentionDisplay } from '../page/mention-display';
import { MentionIndex } from '../page/mention-index';
import type { MentionRenderer } from '../page/mention-renderer';
import type { PageMention } from '../page/page-mention';
import type { Settings } from '../settings/values';

/** The attribute that marks a mention in the preview; its value is the entry's kind. */
export const PREVIEW_KIND = 'data-preview-kind';
/** The attribute of a sample drawn as if the pointer were near it (the subtle style). */
export const PREVIEW_NEAR = 'data-preview-near';

/**
 * Draws the options page's preview of the highlights exactly as pages get them: the mentions
 * marked in `root` go through the page engine's display rules and its Highlight API renderer,
 * under the same highlight names and styles. Each sample (child of `root` with mentions) counts
 * as a page of its own, so "first mention only" hides the repeated name. Returns a function
 * that removes the drawing; does nothing without the Highlight API.
 */
export function drawPreview(root: HTMLElement, settings: Settings): () => void {
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view?.CSS?.highlights || typeof view.Highlight !== 'function') return () => undefined;
  const index = new MentionIndex();
  const renderer: MentionRenderer = new CssHighlightRenderer(view.CSS.highlights, view.Highlight);
  const mentions: PageMention[] = [];
  const near: PageMention[] = [];
  [...root.children].forEach((sample, n) => {
    for (const element of sample.querySelectorAll(`[${PREVIEW_KIND}]`)) {
      const node = element.firstChild;
      if (!(node instanceof view.Text)) continue;
      const kind = element.getAttribute(PREVIEW_KIND) ?? DEFAULT_KIND;
      const range = new view.StaticRange({
        startContainer: node,
        startOffset: 0,
        endContainer: node,
        endOffset: node.data.length,
      });
      const mention = { entryId: `${n}:${kind}`, kind, alias: node.data, range, nodes: [node] };
      mentions.push(mention);
      if (sample.hasAttribute(PREVIEW_NEAR)) near.push(mention);
      index.add(mention);
    }
  });
  renderer.adopt(mentions);
  const display = new MentionDisplay(index, renderer, displayRules(settings, null));
  display.update(mentions, []);
  display.setNear(near);
  return () => renderer.clear();
}
