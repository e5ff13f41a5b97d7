import type { Matcher, Mention } from '../matcher/types';
import type { RenderingHost } from './after-rendering';
import { afterRendering } from './after-rendering';
import { isInsideSkippedContent } from './element-rules';
import { LateShadowHosts } from './late-shadow-hosts';
import { mentionAtPoint } from './mention-at-point';
import { buildMentions } from './mention-builder';
import { MentionIndex } from './mention-index';
import type { MentionRenderer } from './mention-renderer';
import { regionsToRescan } from './mutation-regions';
import type { PageMention } from './page-mention';
import { blocksInViewport } from './page-regions';
import { RegionQueue } from './region-queue';
import { RegionScanner } from './region-scanner';
import { clearScanTimings, markScanComplete } from './scan-timings';
import { ShadowStyles } from './shadow-styles';
import type { SchedulerHost } from './slice-scheduler';
import { SliceScheduler } from './slice-scheduler';
import type { TextChunk } from './text-chunk';
import { forEachTextNode } from './text-nodes';

export { SCAN_COMPLETE_MARK } from './scan-timings';

export const TIMER_INTERVAL_MS = 1000;
// Past this many mentions a page is pathological (the browser's highlight painting slows down
// with the number of ranges): further mentions are not drawn.
const DEFAULT_MAX_MENTIONS = 20_000;

/** The window's parts the annotator uses: timers, performance and DOM constructors. */
export type AnnotatorHost = SchedulerHost &
  RenderingHost & {
    setInterval(callback: () => void, ms: number): number;
    clearInterval(handle: number): void;
    innerWidth: number;
    innerHeight: number;
    Element: typeof Element;
    Range: typeof Range;
    StaticRange?: typeof StaticRange;
  };

/** What the annotator needs; everything browser-specific comes in here. */
export interface AnnotatorOptions {
  /** The document to annotate (the content script's frame). */
  document: Document;
  /** The compiled dictionary. */
  matcher: Matcher;
  /** The kind (person, place, …) of an entry, which picks its highlight style. */
  kindOf(entryId: string): string;
  /** How mentions are drawn. */
  renderer: MentionRenderer;
  /** The document's window (passed in: a page can shadow `document.defaultView`). */
  host: AnnotatorHost;
  /** Highlight styles for open shadow roots (the document's own come from the manifest). */
  shadowCss?: string;
  /** Called after a slice of work changed the mentions. */
  onChange?(index: MentionIndex): void;
  /** The most mentions kept for one document (20,000 unless given). */
  maxMentions?: number;
}

/** A running annotation of one document. */
export interface Annotator {
  /** The mentions found so far. */
  readonly index: MentionIndex;
  /** The mention under a point of the viewport (for hover), looking into open shadow roots. */
  mentionAt(x: number, y: number): PageMention | undefined;
  /** Removes every highlight, observer, listener and timer; the page is left as it was. */
  stop(): void;
}

/**
 * Finds mentions in a live document and keeps its highlights up to date: the first pass starts
 * with what is in the viewport, then a MutationObserver rescans only what changes. All work runs
 * in short slices (see SliceScheduler).
 */
export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { document: doc, renderer, host } = options;
  const maxMentions = options.maxMentions ?? DEFAULT_MAX_MENTIONS;
  const index = new MentionIndex();
  const shadowStyles = new ShadowStyles(options.shadowCss ?? '');
  const regions = new RegionQueue();
  const observedRoots = new WeakSet<Node>();
  let shadowRoots: WeakRef<ShadowRoot>[] = [];
  const lateHosts = new LateShadowHosts();
  // Blocks scanned in this pass (the viewport's), which the pass over the whole page skips.
  let scannedThisPass = new WeakSet<Element>();
  // Counts purges: text gathered before one is checked again before it is drawn.
  let purges = 0;
  let dropped: PageMention[] = [];
  let changed = false;
  let sweepPending = false;
  let stopped = false;
  // What is on screen is scanned first, except in a hidden tab, where nothing is, and with the
  // fallback renderer, whose regions must not overlap (it unwraps a region before scanning it).
  let viewportPending = !renderer.changesDom && doc.visibilityState !== 'hidden';
  // No work before the page's current state has been rendered (see afterRendering).
  let waitingForRendering = true;
  const requestWork = () => {
    if (!waitingForRendering) scheduler.request();
  };

  const dropMentions = (mentions: readonly PageMention[]) => {
    for (const mention of mentions) if (index.delete(mention)) dropped.push(mention);
  };

  const observer = new MutationObserver((records) => handleRecords(records));
  const observe = (root: Node) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'contenteditable'],
    });
  };

  const scanner = new RegionScanner(
    options.matcher,
    {
      // Forget what an earlier scan found here: it is about to be found again.
      text: (node) => dropMentions(index.touching(node)),
      customElement: (element) => lateHosts.watch(element),
      shadowRoot: addShadowRoot,
      found: addMentions,
      interrupted: (region, shallow) => regions.push(region, shallow),
    },
    renderer.changesDom,
  );

  function addShadowRoot(root: ShadowRoot) {
    if (!observedRoots.has(root)) shadowRoots.push(new WeakRef(root));
    shadowStyles.adopt(root);
    observe(root);
    regions.push(root, false);
  }

  function handleRecords(records: MutationRecord[]) {
    if (stopped || records.length === 0) return;
    const plan = regionsToRescan(records);
    // Edited text is repainted at once rather than keep its old highlight until the rescan.
    for (const node of plan.edited) dropMentions(index.touching(node));
    for (const root of plan.purge) {
      forEachTextNode(root, (node) => dropMentions(index.touching(node)));
    }
    if (plan.purge.size > 0) {
      purges++;
      // A purged block may have been scanned in this pass: let the pass scan it again.
      scannedThisPass = new WeakSet();
    }
    sweepPending ||= plan.removed;
    for (const [region, shallow] of plan.regions) regions.push(region, shallow);
    requestWork();
  }

  function addMentions(found: readonly Mention[], chunk: TextChunk, stamp: number) {
    const added = buildMentions(found, chunk, {
      kindOf: options.kindOf,
      StaticRange: host.StaticRange,
      recheck: stamp !== purges,
      room: maxMentions - index.size,
    });
    flushDropped();
    if (added.length === 0) return;
    // Drawn first: the wrapping fallback moves mentions onto new text nodes, which the index keys.
    renderer.add(added);
    for (const mention of added) index.add(mention);
    changed = true;
  }

  function flushDropped() {
    if (dropped.length === 0) return;
    renderer.remove(dropped);
    dropped = [];
    changed = true;
  }

  // One unit of work; false when there is nothing left to do.
  function step(): boolean {
    if (!scanner.busy) {
      const next = regions.shift();
      if (!next) return false;
      const { node, shallow } = next;
      if (!node.isConnected || isInsideSkippedContent(node)) return true;
      if (renderer.changesDom) dropMentions(renderer.releaseWithin(node));
      if (node instanceof host.Element && !shallow) scannedThisPass.add(node);
      const skipSubtree = (element: Element) => scannedThisPass.has(element);
      scanner.begin({ node, shallow, skipSubtree, stamp: purges });
    }
    scanner.step();
    flushDropped();
    return true;
  }

  function work(deadline: number): boolean {
    if (stopped) return false;
    // The fallback renderer changes the DOM: handle the page's changes first, then drop the
    // records our own drawing causes.
    if (renderer.changesDom) handleRecords(observer.takeRecords());
    if (sweepPending) {
      // Once per slice, however many removals the page made since the last one.
      sweepPending = false;
      dropMentions(index.disconnected());
    }
    if (viewportPending) {
      // In the first slice: what is on screen goes to the front of the queue.
      viewportPending = false;
      const budget = Math.max(0, deadline - host.performance.now()) / 2;
      for (const block of blocksInViewport(doc, host, budget).reverse()) {
        regions.pushFront(block, false);
      }
    }
    let more = true;
    try {
      while (more && host.performance.now() < deadline) more = step();
      flushDropped();
    } catch {
      // The page changed under a step in a way no check foresaw. Drop that region and go on
      // with the next rather than stop annotating the page.
      scanner.abandon();
      more = regions.size > 0;
    } finally {
      if (renderer.changesDom) observer.takeRecords();
      renderer.repair();
    }
    if (changed) {
      changed = false;
      options.onChange?.(index);
    }
    if (!more) {
      scannedThisPass = new WeakSet();
      markScanComplete(host.performance, index.size);
    }
    return more;
  }

  // Once a second: put back highlights the page removed, pick up late shadow roots, and let go
  // of shadow roots the page has dropped.
  function onTimer() {
    renderer.repair();
    const hosts = lateHosts.withShadowRoots();
    for (const element of hosts) addShadowRoot(element.shadowRoot!);
    if (hosts.length > 0) requestWork();
    shadowRoots = shadowRoots.filter((ref) => ref.deref() !== undefined);
    shadowStyles.forgetCollected();
  }

  const scheduler = new SliceScheduler(host, work);
  const timer = host.setInterval(onTimer, TIMER_INTERVAL_MS);
  observe(doc);
  if (doc.documentElement) regions.push(doc.documentElement, false);
  const cancelWait = afterRendering(host, () => {
    waitingForRendering = false;
    scheduler.request();
  });

  return {
    index,
    mentionAt(x, y) {
      const roots = shadowRoots.map((ref) => ref.deref()).filter((root) => root !== undefined);
      return mentionAtPoint(doc, host, index, x, y, roots);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      cancelWait();
      scheduler.cancel();
      observer.disconnect();
      host.clearInterval(timer);
      renderer.clear();
      shadowStyles.removeAll();
      index.clear();
      regions.clear();
      scanner.abandon();
      shadowRoots = [];
      lateHosts.clear();
      clearScanTimings(host.performance);
    },
  };
}
