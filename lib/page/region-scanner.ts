import type { Matcher, Mention } from '../matcher/types';
import { BlockWalker } from './block-walker';
import type { WalkSink } from './block-walker';
import { TextChunk } from './text-chunk';
import { WindowedMatches } from './windowed-matches';

// Text gathered before matching: large enough to amortise a `find` call, small enough for a slice.
const CHUNK_TARGET = 16_384;
// A single block longer than this (200,000 spans in one div) is cut into pieces of this size, so
// that gathering and matching one piece fits in a slice; a mention across a cut is not found.
const LONGEST_BLOCK = 16_384;
const NODES_PER_STEP = 256;

/** What the scanner reports while it works. */
export interface ScanEvents extends Omit<WalkSink, 'lineBreak' | 'blockBreak'> {
  /** Mentions found in `chunk`, which was gathered while the page was at `stamp`. */
  found(mentions: readonly Mention[], chunk: TextChunk, stamp: number): void;
  /** The page removed the node the walk was at: the region must be scanned again. */
  interrupted(region: Node, shallow: boolean): void;
}

/** How to scan one region. */
export interface RegionToScan {
  node: Node;
  /** Only the region's own lines of text (see RegionQueue). */
  shallow: boolean;
  /** Elements to leave out, e.g. blocks already scanned in this pass. */
  skipSubtree(element: Element): boolean;
  /** An opaque marker of the page's state, handed back with the mentions found. */
  stamp: number;
}

/**
 * Scans one region at a time in small steps: walks its text into chunks of whole blocks, then
 * matches each chunk a window at a time. Every step is short, so a caller can stop between any
 * two of them and yield to the page.
 */
export class RegionScanner {
  private walker: { walk: BlockWalker; region: RegionToScan } | null = null;
  private matching: { chunk: TextChunk; windows: WindowedMatches; stamp: number } | null = null;
  private found: Mention[] = [];
  private readonly chunk = new TextChunk();
  private readonly sink: WalkSink;

  /**
   * @param wholeChunks report a chunk's mentions all at once (the wrapping fallback splits text
   *   nodes as it draws, which would move the offsets of the chunk's later mentions)
   */
  constructor(
    private readonly matcher: Matcher,
    private readonly events: ScanEvents,
    private readonly wholeChunks: boolean,
  ) {
    const { chunk } = this;
    this.sink = {
      text(node) {
        events.text(node);
        chunk.addText(node);
      },
      lineBreak: () => chunk.addLineBreak(),
      blockBreak: () => chunk.addBlockBreak(),
      shadowRoot: (root) => events.shadowRoot(root),
      customElement: (element) => events.customElement(element),
    };
  }

  /** True while a region is being walked or matched. */
  get busy(): boolean {
    return this.walker !== null || this.matching !== null;
  }

  /** Starts on a region; only when not busy. */
  begin(region: RegionToScan): void {
    const { shallow, skipSubtree } = region;
    this.walker = { walk: new BlockWalker(region.node, { shallow, skipSubtree }), region };
  }

  /** Does one short step of the current region. */
  step(): void {
    if (this.matching) this.matchWindow(this.matching);
    else if (this.walker) this.walk(this.walker);
  }

  /** Drops the current region and whatever text it had gathered. */
  abandon(): void {
    this.walker = null;
    this.matching = null;
    this.found = [];
    this.chunk.addBlockBreak();
    this.chunk.takeCompleteBlocks();
  }

  private matchWindow(matching: NonNullable<RegionScanner['matching']>): void {
    this.found.push(...matching.windows.next());
    if (!matching.windows.done && this.wholeChunks) return;
    const found = this.found;
    this.found = [];
    if (matching.windows.done) this.matching = null;
    this.events.found(found, matching.chunk, matching.stamp);
  }

  private walk(walker: NonNullable<RegionScanner['walker']>): void {
    const { chunk } = this;
    const finished = walker.walk.step(this.sink, NODES_PER_STEP);
    if (finished) chunk.addBlockBreak();
    if (chunk.length - chunk.completeBlocksLength > LONGEST_BLOCK) chunk.cutBlock();
    if (finished || chunk.completeBlocksLength >= CHUNK_TARGET) {
      const sealed = chunk.takeCompleteBlocks();
      if (!sealed.isEmpty) {
        const windows = new WindowedMatches(this.matcher, sealed.text());
        this.matching = { chunk: sealed, windows, stamp: walker.region.stamp };
      }
    }
    if (!finished) return;
    this.walker = null;
    if (walker.walk.interrupted) this.events.interrupted(walker.region.node, walker.region.shallow);
  }
}
