/**
 * Which elements the page scan reads, skips, or treats as the edge of a block of text.
 * Decided from local names and attributes only, so the scan never forces style or layout.
 */

/** Tag name of the one element Context Cards adds to a page (the host of its card UI). */
export const UI_HOST_TAG = 'context-cards-ui';

// Content a reader would not want annotated, or that we must not touch (editors, form fields).
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  UI_HOST_TAG,
]);

// Elements that flow inside a line of text: a mention may run across them.
// Everything else (including unknown and custom elements) ends a block, so text never joins
// across paragraphs, list items, table cells or components.
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** A CSS selector matching every element whose subtree the scan skips. */
export const SKIPPED_SELECTOR = [
  ...SKIPPED_TAGS,
  '[hidden]',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

/** True when the scan must not read this element or anything inside it. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True when text inside this element continues the line around it. */
export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/**
 * True when `node` sits inside content the scan skips (or inside our own UI), looking through
 * shadow-root boundaries. Used for mutations, which can start deep inside such content.
 */
export function isInsideSkippedContent(node: Node): boolean {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current) {
    if (current.nodeType === 1) {
      if ((current as Element).closest(SKIPPED_SELECTOR)) return true;
      const root = (current as Element).getRootNode();
      current = root instanceof ShadowRoot ? root.host : null;
    } else if (current instanceof ShadowRoot) {
      current = current.host;
    } else {
      return false;
    }
  }
  return false;
}
