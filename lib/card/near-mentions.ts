import { isInlineElement } from '../page/element-rules';
import type { MentionIndex } from '../page/mention-index';
import type { PageMention } from '../page/page-mention';
import { forEachTextNode } from '../page/text-nodes';

// A block with more text nodes than this is a container, not a paragraph the pointer is near.
const MOST_TEXT_NODES = 2000;

/** The mentions "near" the pointer for the subtle style: those of the block it is over. */
export const nearMentions = {
  /**
   * The block of text an element belongs to: its nearest non-inline ancestor, if that holds
   * text of its own (a paragraph, a heading, a list item), not only other blocks (a container
   * the pointer is between paragraphs of). Null for the page's body and root.
   */
  blockOf(element: Element): Element | null {
    let block: Element | null = element;
    while (block && isInlineElement(block)) block = block.parentElement;
    if (!block || block.localName === 'body' || block.localName === 'html') return null;
    return holdsText(block) ? block : null;
  },

  /** The mentions whose text lies in `block`. */
  within(block: Element, index: MentionIndex): PageMention[] {
    const found = new Set<PageMention>();
    let nodes = 0;
    forEachTextNode(block, (node) => {
      if (++nodes > MOST_TEXT_NODES) return;
      for (const mention of index.touching(node)) found.add(mention);
    });
    return nodes > MOST_TEXT_NODES ? [] : [...found];
  },
};

// True when some child of `block` is text or inline content, rather than blocks only.
function holdsText(block: Element): boolean {
  for (let child = block.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child as Text).data.trim() !== '') return true;
    if (child.nodeType === 1 && isInlineElement(child as Element)) return true;
  }
  return false;
}
