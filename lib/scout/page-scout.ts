/**
 * The first stage's reading of a page: every line of text the page scan would read, handed to
 * `read` line by line, in idle slices, then again wherever the page changes. It walks the page
 * as the scan does (BlockWalker, the same element rules, shadow roots, late custom elements) and
 * follows changes with the scan's own plan of regions, so that nothing the scan could find is
 * left unread; it only reads, so it never marks, measures or changes anything. Page engine.
 */
import { BlockWalker } from '../page/block-walker';
import type { WalkSink } from '../page/block-walker';
import { LateShadowHosts } from '../page/late-shadow-hosts';
import { MATCH_WINDOW, TextWindows } from '../page/windowed-matches';
import { regionsToRescan } from '../page/mutation-regions';
import { WATCHED_CHANGES } from '../page/page-scan';
import { RegionQueue } from '../page/region-queue';
import type { SchedulerHost } from '../page/slice-scheduler';
import { SliceScheduler } from '../page/slice-scheduler';

/** Nodes walked between two looks at the clock. */
const NODES_PER_STEP = 200;
/** How often custom elements are checked for a shadow root attached late, in milliseconds. */
const LATE_ROOT_CHECK_MS = 1000;

/** What the scout needs from the window. */
export interface ScoutHost extends SchedulerHost {
  document: Document;
}

/** Reads a page's lines of text as they are and as they change. */
export class PageScout {
  private readonly regions = new RegionQueue();
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private readonly lateHosts = new LateShadowHosts();
  private readonly scheduler: SliceScheduler;
  private walker: BlockWalker | null = null;
  private region: { node: Node; shallow: boolean } | null = null;
  private line = '';
  /** Lines too long to read at once, read a window at a time between the walk's steps. */
  private readonly longLines: TextWindows[] = [];
  private lateTimer = 0;
  private readonly sink: WalkSink = {
    text: (node) => {
      this.line += node.data;
    },
    // A line break keeps the words on either side neighbours, as in the scan's text.
    lineBreak: () => {
      this.line += ' ';
    },
    blockBreak: () => this.endLine(),
    shadowRoot: (root) => this.addRoot(root),
    customElement: (element) => this.watchLateRoot(element),
  };

  /**
   * @param read takes one line of text
   * @param afterSlice called after each slice of reading, to decide on what was read; `done`
   *   when everything the page holds now has been read
   */
  constructor(
    private readonly host: ScoutHost,
    private readonly read: (line: string) => void,
    private readonly afterSlice: (done: boolean) => void,
  ) {
    this.observer = new MutationObserver((records) => this.changed(records));
    this.scheduler = new SliceScheduler(host, (deadline) => this.work(deadline));
  }

  /** Reads the whole page, then follows its changes. */
  start(): void {
    const { document } = this.host;
    this.observe(document);
    if (document.documentElement) this.regions.push(document.documentElement, false);
    this.scheduler.request();
  }

  /** True when everything the page holds now has been read. */
  get idle(): boolean {
    return this.walker === null && this.regions.size === 0 && this.longLines.length === 0;
  }

  /** Stops reading and watching for good. */
  stop(): void {
    this.scheduler.cancel();
    this.observer.disconnect();
    this.regions.clear();
    this.longLines.length = 0;
    this.lateHosts.clear();
    this.host.clearTimeout(this.lateTimer);
    this.walker = null;
  }

  private work(deadline: number): boolean {
    const { performance } = this.host;
    do {
      const long = this.longLines[0];
      if (long) {
        this.read(long.next());
        if (long.done) this.longLines.shift();
        continue;
      }
      if (!this.walker) {
        this.region = this.regions.shift() ?? null;
        if (!this.region) break;
        this.walker = new BlockWalker(this.region.node, { shallow: this.region.shallow });
      }
      if (this.walker.step(this.sink, NODES_PER_STEP)) {
        // The page removed the node the walk was at: read the region again from its start.
        if (this.walker.interrupted && this.region) {
          this.regions.push(this.region.node, this.region.shallow);
        }
        this.walker = null;
        this.endLine();
      }
    } while (performance.now() < deadline);
    this.afterSlice(this.idle);
    return !this.idle;
  }

  private endLine(): void {
    const { line } = this;
    this.line = '';
    if (line.length > MATCH_WINDOW) this.longLines.push(new TextWindows(line));
    else if (line.length > 0) this.read(line);
  }

  private changed(records: MutationRecord[]): void {
    for (const [node, shallow] of regionsToRescan(records).regions)
      this.regions.push(node, shallow);
    if (this.regions.size > 0) this.scheduler.request();
  }

  private addRoot(root: ShadowRoot): void {
    this.observe(root);
    this.regions.push(root, false);
  }

  private observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, WATCHED_CHANGES);
  }

  // A component whose definition loads later attaches its shadow root without a mutation.
  private watchLateRoot(element: Element): void {
    this.lateHosts.watch(element);
    if (this.lateTimer !== 0) return;
    const check = () => {
      this.lateTimer = 0;
      const found = this.lateHosts.withShadowRoots();
      for (const element of found) this.addRoot(element.shadowRoot!);
      if (found.length > 0) this.scheduler.request();
      // Another check only while some element is still watched.
      if (this.lateHosts.watching) this.lateTimer = this.host.setTimeout(check, LATE_ROOT_CHECK_MS);
    };
    this.lateTimer = this.host.setTimeout(check, LATE_ROOT_CHECK_MS);
  }
}
