import type { Matcher, Mention } from '../matcher/types';
import { BlockWalker } from './block-walker';
import type { WalkSink } from './block-walker';
import { isInsideSkippedContent } from './element-rules';
import type { MentionRenderer } from './mention-renderer';
import { mentionAtPoint } from './mention-at-point';
import { MentionIndex } from './mention-index';
import { regionsToRescan } from './mutation-regions';
import type { PageMention } from './page-mention';
import { LateShadowHosts } from './late-shadow-hosts';
import { blocksInViewport } from './page-regions';
import { ShadowStyles } from './shadow-styles';
import type { SchedulerHost } from './slice-scheduler';
import { SliceScheduler } from './slice-scheduler';
import { TextChunk } from './text-chunk';
import { WindowedMatches } from './windowed-matches';

/** Name of the performance mark made each time the page has been fully annotated. */
export const SCAN_COMPLETE_MARK = 'context-cards:scan-complete';
// Text gathered before matching: large enough to amortise a `find` call, small enough for a slice.
const CHUNK_TARGET = 16_384;
// A single block longer than this (200,000 spans in one div) is cut into pieces of this size.
const LONGEST_BLOCK = 262_144;
// Past this many mentions a page is pathological (the browser's highlight painting slows down
// with the number of ranges): further mentions are not drawn.
const DEFAULT_MAX_MENTIONS = 20_000;
const NODES_PER_STEP = 256;
const REPAIR_INTERVAL_MS = 1000;

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
  /** Timers and performance, usually the window. */
  host: SchedulerHost & {
    setInterval(callback: () => void, ms: number): number;
    clearInterval(handle: number): void;
  };
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
  const { document: doc, matcher, kindOf, renderer, host } = options;
  const maxMentions = options.maxMentions ?? DEFAULT_MAX_MENTIONS;
  const index = new MentionIndex();
  const shadowStyles = new ShadowStyles(options.shadowCss ?? '');
  const queue: Node[] = [];
  const queued = new Set<Node>();
  const observedRoots = new WeakSet<Node>();
  const shadowRoots: WeakRef<ShadowRoot>[] = [];
  const lateHosts = new LateShadowHosts();
  let scannedThisPass = new WeakSet<Element>();
  let walker: { region: Node; walk: BlockWalker } | null = null;
  const chunk = new TextChunk();
  let matching: { chunk: TextChunk; windows: WindowedMatches } | null = null;
  let dropped: PageMention[] = [];
  let changed = false;
  let stopped = false;
  // The fallback renderer's regions must not overlap (it unwraps a region before scanning it).
  let viewportPending = !renderer.changesDom;

  const enqueue = (region: Node) => {
    if (queued.has(region)) return;
    queued.add(region);
    queue.push(region);
  };

  const dropMentions = (mentions: readonly PageMention[]) => {
    for (const mention of mentions) if (index.delete(mention)) dropped.push(mention);
  };

  const observer = new MutationObserver((records) => {
    handleRecords(records);
  });
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

  const sink: WalkSink = {
    text(node) {
      // Lazily forget what an earlier scan found here: it is about to be found again.
      const old = index.touching(node);
      if (old.length > 0) dropMentions([...old]);
      chunk.addText(node);
    },
    customElement: (element) => lateHosts.watch(element),
    lineBreak: () => chunk.addLineBreak(),
    blockBreak: () => chunk.addBlockBreak(),
    shadowRoot(root) {
      if (!observedRoots.has(root)) shadowRoots.push(new WeakRef(root));
      shadowStyles.adopt(root);
      observe(root);
      enqueue(root);
    },
  };

  function handleRecords(records: MutationRecord[]) {
    if (stopped || records.length === 0) return;
    const { regions, purge, removed } = regionsToRescan(records);
    for (const element of purge) {
      dropMentions(
        [...index.values()].filter((mention) =>
          mention.nodes.some((node) => element.contains(node)),
        ),
      );
    }
    if (removed) dropMentions(index.disconnected());
    for (const region of regions) enqueue(region);
    scheduler.request();
  }

  function addMentions(found: readonly Mention[], from: TextChunk) {
    const added: PageMention[] = [];
    for (const { start, end, entryId, alias } of found) {
      if (index.size + added.length >= maxMentions) break;
      const first = from.startPosition(start);
      const last = from.endPosition(end);
      const range = createStaticRange(doc, first.node, first.offset, last.node, last.offset);
      const mention: PageMention = {
        entryId,
        alias,
        kind: kindOf(entryId),
        range,
        nodes: from.nodesBetween(start, end),
      };
      added.push(mention);
    }
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

  // One unit of work: match a window, walk some nodes, or start the next region.
  // Returns false when there is nothing left to do.
  function step(): boolean {
    if (matching) {
      addMentions(matching.windows.next(), matching.chunk);
      if (matching.windows.done) matching = null;
      return true;
    }
    if (walker) {
      const finished = walker.walk.step(sink, NODES_PER_STEP);
      if (finished) {
        if (walker.walk.interrupted) enqueue(walker.region);
        walker = null;
        chunk.addBlockBreak();
      }
      if (chunk.length - chunk.completeBlocksLength > LONGEST_BLOCK) chunk.cutBlock();
      if (finished || chunk.completeBlocksLength >= CHUNK_TARGET) {
        const sealed = chunk.takeCompleteBlocks();
        if (!sealed.isEmpty) {
          matching = { chunk: sealed, windows: new WindowedMatches(matcher, sealed.text()) };
        }
      }
      flushDropped();
      return true;
    }
    const region = queue.shift();
    if (!region) return false;
    queued.delete(region);
    if (!region.isConnected || isInsideSkippedContent(region)) return true;
    if (renderer.changesDom) dropMentions(renderer.releaseWithin(region));
    if (region instanceof Element) scannedThisPass.add(region);
    // Regions scanned earlier in this pass (the viewport's blocks) are not walked again.
    walker = { region, walk: new BlockWalker(region, (element) => scannedThisPass.has(element)) };
    return true;
  }

  function work(deadline: number): boolean {
    if (stopped) return false;
    // The fallback renderer changes the DOM: handle the page's changes first, then drop the
    // records our own drawing causes.
    if (renderer.changesDom) handleRecords(observer.takeRecords());
    if (viewportPending) {
      // In the first slice: what is on screen goes to the front of the queue.
      viewportPending = false;
      const budget = Math.max(0, deadline - host.performance.now()) / 2;
      for (const block of blocksInViewport(doc, budget).reverse()) {
        queued.add(block);
        queue.unshift(block);
      }
    }
    let more = true;
    try {
      while (more && host.performance.now() < deadline) more = step();
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

  const scheduler = new SliceScheduler(host, work);
  const repairTimer = host.setInterval(() => {
    renderer.repair();
    // A component upgraded after the scan attaches its shadow root without any mutation.
    const hosts = lateHosts.withShadowRoots();
    for (const element of hosts) sink.shadowRoot(element.shadowRoot!);
    if (hosts.length > 0) scheduler.request();
  }, REPAIR_INTERVAL_MS);

  observe(doc);
  enqueue(doc.body ?? doc.documentElement);
  scheduler.request();

  return {
    index,
    mentionAt(x, y) {
      const roots = shadowRoots.map((ref) => ref.deref()).filter((root) => root !== undefined);
      return mentionAtPoint(doc, index, x, y, roots);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      scheduler.cancel();
      observer.disconnect();
      host.clearInterval(repairTimer);
      renderer.clear();
      shadowStyles.removeAll();
      index.clear();
      queue.length = 0;
      shadowRoots.length = 0;
      lateHosts.clear();
      walker = null;
      matching = null;
    },
  };
}

function markScanComplete(performance: Performance, mentions: number) {
  try {
    performance.clearMarks(SCAN_COMPLETE_MARK);
    performance.mark(SCAN_COMPLETE_MARK, { detail: { mentions } });
  } catch {
    // A page may have replaced or broken its Performance object; the mark is optional.
  }
}

// StaticRange keeps no live link to the DOM, so the page's own edits cost nothing extra; where it
// is missing (old browsers, test DOMs), a plain object with the same fields serves the fallback.
function createStaticRange(
  doc: Document,
  startContainer: Text,
  startOffset: number,
  endContainer: Text,
  endOffset: number,
): StaticRange {
  const init = { startContainer, startOffset, endContainer, endOffset };
  const StaticRangeClass = doc.defaultView?.StaticRange;
  if (StaticRangeClass) return new StaticRangeClass(init);
  return { ...init, collapsed: false } as StaticRange;
}
