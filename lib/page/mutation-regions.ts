import {
  isInlineElement,
  isInsideSkippedContent,
  isSkippedElement,
  UI_HOST_TAG,
} from './element-rules';
import { enclosingBlock } from './page-regions';

/** What a batch of page changes asks of the annotator. */
export interface RescanPlan {
  /** Regions whose text changed and must be scanned again. */
  regions: Set<Node>;
  /** Elements that became hidden or editable: their mentions must go. */
  purge: Element[];
  /** True when nodes were removed: mentions in detached text must go. */
  removed: boolean;
}

/** Turns MutationObserver records into the least work that keeps the highlights right. */
export function regionsToRescan(records: readonly MutationRecord[]): RescanPlan {
  const plan: RescanPlan = { regions: new Set(), purge: [], removed: false };
  for (const record of records) {
    const { target } = record;
    if (record.type === 'attributes') {
      const element = target as Element;
      if (isSkippedElement(element)) plan.purge.push(element);
      else addRegion(plan, element);
      continue;
    }
    // Our own UI and content we never annotate (editors, form fields) change all the time.
    if (isOwnUi(target) || isInsideSkippedContent(target)) continue;
    if (record.type === 'characterData') {
      addRegion(plan, enclosingBlock(target));
      continue;
    }
    if (record.removedNodes.length > 0) plan.removed = true;
    // Inline changes, or blocks put between or taken from between inline text, change the line
    // of text around them: scan the block that holds it.
    if (
      [...record.addedNodes, ...record.removedNodes].some(isInlineContent) ||
      (isInlineContent(record.previousSibling) && isInlineContent(record.nextSibling))
    ) {
      addRegion(
        plan,
        target.nodeType === 1 && !isInlineContent(target) ? target : enclosingBlock(target),
      );
    }
    for (const node of record.addedNodes) {
      if (!isOwnUi(node) && !isInlineContent(node)) addRegion(plan, node);
    }
  }
  return plan;
}

function addRegion(plan: RescanPlan, region: Node | null) {
  if (region) plan.regions.add(region);
}

function isInlineContent(node: Node | null): boolean {
  if (!node) return false;
  return node.nodeType === 3 || (node.nodeType === 1 && isInlineElement(node as Element));
}

function isOwnUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === UI_HOST_TAG;
}
