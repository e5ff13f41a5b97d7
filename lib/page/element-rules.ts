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

// Skipped elements that are never rendered: text on either side of them still reads as one line.
const UNRENDERED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * True when a skipped element is never seen (a script, or anything `hidden`), so the text around
 * it still joins; visible skipped content (code, form fields, editors) ends the line instead.
 */
export function isUnrendered(element: Element): boolean {
  return UNRENDERED_TAGS.has(element.localName) || element.hasAttribute('hidden');
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
  let current: Node | null = node.nodeType === ELEMENT_NODE ? node : parentOrHost(node);
  while (current) {
    if (current.nodeType === ELEMENT_NODE) {
      if ((current as Element).closest(SKIPPED_SELECTOR)) return true;
      current = parentOrHost((current as Element).getRootNode());
    } else {
      current = parentOrHost(current);
    }
  }
  return false;
}

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

// A shadow root leads to its host; any other node to its parent (null at a document).
function parentOrHost(node: Node): Node | null {
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in node) return (node as ShadowRoot).host;
  return node.nodeType === ELEMENT_NODE || node.nodeType === 3 ? node.parentNode : null;
}
