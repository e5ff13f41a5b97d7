/**
 * Text of consecutive blocks gathered for one matcher call, with a map back to the DOM.
 * Blocks are joined by U+2029 PARAGRAPH SEPARATOR, which the matcher never matches across.
 */

/** Joins the text of two blocks; no mention spans it. */
export const BLOCK_SEPARATOR = '\u2029';

/** A DOM position: a text node and an offset in it. */
export interface TextPosition {
  node: Text;
  offset: number;
}

/** Collects text nodes in document order and maps offsets in their joined text back to nodes. */
export class TextChunk {
  private parts: string[] = [];
  private nodes: Text[] = [];
  // Nodes in this chunk: a node the page moves ahead of the walk is met twice, but read once.
  private readonly added = new Set<Text>();
  private starts: number[] = [];
  private atBlockStart = true;
  /** Length of the joined text so far. */
  length = 0;
  /** Length of the joined text up to the last block break: what `takeCompleteBlocks` returns. */
  private completeLength = 0;
  private completeParts = 0;
  private completeNodes = 0;

  /** Appends a text node's data. */
  addText(node: Text): void {
    const data = node.data;
    if (data.length === 0 || this.added.has(node)) return;
    this.added.add(node);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
    this.atBlockStart = false;
  }

  /** A `<br>`: whitespace inside the block. */
  addLineBreak(): void {
    if (this.atBlockStart) return;
    this.parts.push('\n');
    this.length += 1;
  }

  /** The end of a block: text after it never joins text before it. */
  addBlockBreak(): void {
    if (!this.atBlockStart) {
      this.parts.push(BLOCK_SEPARATOR);
      this.length += 1;
      this.atBlockStart = true;
    }
    this.completeLength = this.length;
    this.completeParts = this.parts.length;
    this.completeNodes = this.nodes.length;
  }

  /** True when no text has been added. */
  get isEmpty(): boolean {
    return this.nodes.length === 0;
  }

  /** Length of the text that ends at a block break. */
  get completeBlocksLength(): number {
    return this.completeLength;
  }

  /**
   * Ends the chunk here as if a block ended, without adding a separator. Only for blocks too long
   * to gather at once: a mention that runs across this point is not found.
   */
  cutBlock(): void {
    this.completeLength = this.length;
    this.completeParts = this.parts.length;
    this.completeNodes = this.nodes.length;
  }

  /**
   * Splits off everything up to the last block break as a chunk of its own, keeping the block in
   * progress here. Used to match large pages in pieces without cutting a block in two.
   */
  takeCompleteBlocks(): TextChunk {
    const taken = new TextChunk();
    taken.parts = this.parts.splice(0, this.completeParts);
    taken.nodes = this.nodes.splice(0, this.completeNodes);
    for (const node of taken.nodes) this.added.delete(node);
    taken.starts = this.starts.splice(0, this.completeNodes);
    taken.length = this.completeLength;
    for (let i = 0; i < this.starts.length; i++) this.starts[i]! -= this.completeLength;
    this.length -= this.completeLength;
    this.completeLength = this.completeParts = this.completeNodes = 0;
    return taken;
  }

  /** The joined text. */
  text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  /** The DOM position of the character at `offset` (the start of a mention). */
  startPosition(offset: number): TextPosition {
    const i = this.segmentAtOrBefore(offset);
    return { node: this.nodes[i]!, offset: offset - this.starts[i]! };
  }

  /** The DOM position just after the character at `offset - 1` (the end of a mention). */
  endPosition(offset: number): TextPosition {
    const i = this.segmentAtOrBefore(offset - 1);
    return { node: this.nodes[i]!, offset: offset - this.starts[i]! };
  }

  /** The text nodes that the text between `start` and `end` comes from. */
  nodesBetween(start: number, end: number): Text[] {
    return this.nodes.slice(this.segmentAtOrBefore(start), this.segmentAtOrBefore(end - 1) + 1);
  }

  // Index of the last node that starts at or before `offset` (binary search).
  private segmentAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
