import {
  isInlineElement,
  isInsideSkippedContent,
  isSkippedElement,
  UI_HOST_TAG,
} from './element-rules';
import { enclosingBlock } from './page-regions';

/** What a batch of page changes asks of the annotator. */
export interface RescanPlan {
  /** Regions whose text changed and must be scanned again; true for a shallow scan. */
  regions: Map<Node, boolean>;
  /** Subtrees whose mentions must go now (became hidden or editable, or moved into such). */
  purge: Set<Node>;
  /** Text nodes whose text changed: their old mentions no longer fit and go at once. */
  edited: Text[];
  /** True when nodes were removed: mentions in detached text must go. */
  removed: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Turns MutationObserver records into the least work that keeps the highlights right. */
export function regionsToRescan(records: readonly MutationRecord[]): RescanPlan {
  const plan: RescanPlan = { regions: new Map(), purge: new Set(), edited: [], removed: false };
  for (const record of records) {
    const { target } = record;
    if (isOwnUi(target)) continue;
    if (record.type === 'attributes') {
      planAttributeChange(plan, target as Element);
      continue;
    }
    if (record.removedNodes.length > 0) plan.removed = true;
    // Content we never annotate (editors, form fields) changes all the time: only make sure that
    // text moved into it takes no mention along.
    if (isInsideSkippedContent(target)) {
      for (const node of record.addedNodes) plan.purge.add(node);
      continue;
    }
    if (record.type === 'characterData') {
      plan.edited.push(target as Text);
      addRegion(plan, enclosingBlock(target), true);
      continue;
    }
    // Inline changes, or blocks put between or taken from between inline text, change a line
    // of text: scan the lines of the block that holds it.
    if (
      [...record.addedNodes, ...record.removedNodes].some(isInlineContent) ||
      (isInlineContent(record.previousSibling) && isInlineContent(record.nextSibling))
    ) {
      const block = target.nodeType === ELEMENT_NODE && !isInlineContent(target);
      addRegion(plan, block ? target : enclosingBlock(target), true);
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === ELEMENT_NODE && !isOwnUi(node) && !isInlineContent(node)) {
        addRegion(plan, node, false);
      }
    }
  }
  return plan;
}

function planAttributeChange(plan: RescanPlan, element: Element) {
  if (isSkippedElement(element)) plan.purge.add(element);
  // An inline element that appears or disappears changes the whole line around it: scanning the
  // element alone would cut the mentions that run out of it.
  if (isInlineElement(element)) addRegion(plan, enclosingBlock(element), true);
  else if (!isSkippedElement(element)) addRegion(plan, element, false);
}

function addRegion(plan: RescanPlan, region: Node | null, shallow: boolean) {
  if (!region) return;
  plan.regions.set(region, (plan.regions.get(region) ?? true) && shallow);
}

// Text, or an element that flows inside a line. Whitespace between blocks (the newlines and
// indentation of server-rendered HTML) is neither: it cannot be part of a mention.
function isInlineContent(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === TEXT_NODE) return (node as Text).data.trim().length > 0;
  return node.nodeType === ELEMENT_NODE && isInlineElement(node as Element);
}

function isOwnUi(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === UI_HOST_TAG;
}
