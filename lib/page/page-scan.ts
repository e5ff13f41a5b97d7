import type { Matcher, Mention } from '../matcher/types';
import { isInsideSkippedContent } from './element-rules';
import { buildMentions } from './mention-builder';
import type { MentionIndex } from './mention-index';
import type { MentionRenderer } from './mention-renderer';
import { regionsToRescan } from './mutation-regions';
import type { PageMention } from './page-mention';
import { blocksInViewport } from './page-regions';
import { RegionQueue } from './region-queue';
import { RegionScanner } from './region-scanner';
import type { ShadowRootTracker } from './shadow-root-tracker';
import type { TextChunk } from './text-chunk';
import { forEachTextNode } from './text-nodes';

/** What a scan works with. */
export interface ScanParts {
  document: Document;
  matcher: Matcher;
  kindOf(entryId: string): string;
  index: MentionIndex;
  renderer: MentionRenderer;
  shadowRoots: ShadowRootTracker;
  host: {
    performance: Performance;
    innerWidth: number;
    innerHeight: number;
    Element: typeof Element;
    StaticRange?: typeof StaticRange;
  };
  maxMentions: number;
  /** Asks for `work` to run in a slice soon. */
  requestWork(): void;
}

/** What one slice of work changed. */
export interface SliceChanges {
  added: PageMention[];
  removed: PageMention[];
}

/** The changes of a page (or shadow root) that can change what the scan reads. */
export const WATCHED_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

/**
 * Finds the mentions of a live document: the first pass starts with what is in the viewport,
 * then a MutationObserver queues only what changes. Runs in slices (`work`), each a series of
 * short steps; every mention found is adopted by the renderer and indexed, every one lost is
 * released and unindexed.
 */
export class PageScan {
  private readonly regions = new RegionQueue();
  private readonly observed = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private readonly scanner: RegionScanner;
  // Blocks scanned in this pass (the viewport's), which the pass over the whole page skips.
  private scannedThisPass = new WeakSet<Element>();
  // Counts purges: text gathered before one is checked again before it is drawn.
  private purges = 0;
  private dropped: PageMention[] = [];
  private changes: SliceChanges = { added: [], removed: [] };
  private sweepPending = false;
  private stopped = false;
  // What is on screen is scanned first, except in a hidden tab, where nothing is, and with the
  // fallback renderer, whose regions must not overlap (it unwraps a region before scanning it).
  private viewportPending: boolean;

  constructor(private readonly parts: ScanParts) {
    const { document: doc, renderer } = parts;
    this.viewportPending = !renderer.changesDom && doc.visibilityState !== 'hidden';
    this.observer = new MutationObserver((records) => this.handleRecords(records));
    this.scanner = new RegionScanner(
      parts.matcher,
      {
        // Forget what an earlier scan found here: it is about to be found again.
        text: (node) => this.drop(parts.index.touching(node)),
        customElement: (element) => parts.shadowRoots.watchHost(element),
        shadowRoot: (root) => this.addShadowRoot(root),
        found: (found, chunk, stamp) => this.addMentions(found, chunk, stamp),
        interrupted: (region, shallow) => this.regions.push(region, shallow),
      },
      renderer.changesDom,
    );
    this.observe(doc);
    if (doc.documentElement) this.regions.push(doc.documentElement, false);
  }

  /** Takes in a shadow root the page attached late; its text is scanned soon. */
  addShadowRoot(root: ShadowRoot): void {
    this.parts.shadowRoots.add(root);
    this.observe(root);
    this.regions.push(root, false);
  }

  /**
   * Works until `deadline` (a `performance.now()` time). Returns what changed, and whether
   * more work is left.
   */
  work(deadline: number): { more: boolean; changes: SliceChanges } {
    const { renderer, host } = this.parts;
    if (this.stopped) return { more: false, changes: this.takeChanges() };
    // The fallback renderer changes the DOM: handle the page's changes first, then drop the
    // records our own drawing causes.
    if (renderer.changesDom) this.handleRecords(this.observer.takeRecords());
    if (this.sweepPending) {
      // Once per slice, however many removals the page made since the last one.
      this.sweepPending = false;
      this.drop(this.parts.index.disconnected());
    }
    if (this.viewportPending) {
      // In the first slice: what is on screen goes to the front of the queue, on a page long
      // enough for the order to matter (a short one is read whole in a slice or two anyway).
      this.viewportPending = false;
      if (this.isShort()) return this.work(deadline);
      const budget = Math.max(0, deadline - host.performance.now()) / 2;
      for (const block of blocksInViewport(this.parts.document, host, budget).reverse()) {
        this.regions.pushFront(block, false);
      }
    }
    let more = true;
    try {
      while (more && host.performance.now() < deadline) more = this.step();
      this.flushDropped();
    } catch {
      // The page changed under a step in a way no check foresaw. Drop that region and go on
      // with the next rather than stop annotating the page.
      this.scanner.abandon();
      more = this.regions.size > 0;
    } finally {
      if (renderer.changesDom) this.observer.takeRecords();
      renderer.repair();
    }
    if (!more) this.scannedThisPass = new WeakSet();
    return { more, changes: this.takeChanges() };
  }

  // Fewer than three screens of page: the layout was computed by the frame just rendered (see
  // afterRendering), so reading its height forces nothing.
  private isShort(): boolean {
    const root = this.parts.document.documentElement;
    return !root || root.scrollHeight <= this.parts.host.innerHeight * 3;
  }

  /** Stops watching the page; what was found stays for the owner to clear. */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.regions.clear();
    this.scanner.abandon();
  }

  private observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, WATCHED_CHANGES);
  }

  private drop(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      if (this.parts.index.delete(mention)) this.dropped.push(mention);
    }
  }

  private flushDropped(): void {
    if (this.dropped.length === 0) return;
    this.parts.renderer.release(this.dropped);
    this.changes.removed.push(...this.dropped);
    this.dropped = [];
  }

  private takeChanges(): SliceChanges {
    const { changes } = this;
    this.changes = { added: [], removed: [] };
    // A mention found and lost in the same slice was never seen.
    if (changes.removed.length > 0 && changes.added.length > 0) {
      const removed = new Set(changes.removed);
      changes.added = changes.added.filter((mention) => !removed.has(mention));
    }
    return changes;
  }

  private handleRecords(records: MutationRecord[]): void {
    if (this.stopped || records.length === 0) return;
    const plan = regionsToRescan(records);
    const { index } = this.parts;
    // Edited text is repainted at once rather than keep its old highlight until the rescan.
    for (const node of plan.edited) this.drop(index.touching(node));
    for (const root of plan.purge) forEachTextNode(root, (node) => this.drop(index.touching(node)));
    if (plan.purge.size > 0) {
      this.purges++;
      // A purged block may have been scanned in this pass: let the pass scan it again.
      this.scannedThisPass = new WeakSet();
    }
    this.sweepPending ||= plan.removed;
    for (const [region, shallow] of plan.regions) this.regions.push(region, shallow);
    this.parts.requestWork();
  }

  private addMentions(found: readonly Mention[], chunk: TextChunk, stamp: number): void {
    const { index, renderer, host } = this.parts;
    const added = buildMentions(found, chunk, {
      kindOf: this.parts.kindOf,
      StaticRange: host.StaticRange,
      recheck: stamp !== this.purges,
      room: this.parts.maxMentions - index.size,
    });
    this.flushDropped();
    if (added.length === 0) return;
    // Adopted first: the wrapping fallback moves mentions onto new text nodes, which the index keys.
    renderer.adopt(added);
    for (const mention of added) index.add(mention);
    this.changes.added.push(...added);
  }

  // One unit of work; false when there is nothing left to do.
  private step(): boolean {
    const { scanner, regions } = this;
    if (!scanner.busy) {
      const next = regions.shift();
      if (!next) return false;
      const { node, shallow } = next;
      if (!node.isConnected || isInsideSkippedContent(node)) return true;
      if (this.parts.renderer.changesDom) this.drop(this.parts.renderer.releaseWithin(node));
      if (node instanceof this.parts.host.Element && !shallow) this.scannedThisPass.add(node);
      const skipSubtree = (element: Element) => this.scannedThisPass.has(element);
      scanner.begin({ node, shallow, skipSubtree, stamp: this.purges });
    }
    scanner.step();
    this.flushDropped();
    return true;
  }
}
