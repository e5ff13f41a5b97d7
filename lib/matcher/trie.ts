// A trie over word ids, stored flat: nodes are numbers and every edge (node, separator, word)
// lives in one open-addressing hash table of typed arrays, so following a path costs a few
// array reads per word whatever the size of the dictionary. The separator is the punctuation
// between two words (usually none), so `EE. UU.` and `Mexico City` differ only by it.

/** What the trie knows about a term. */
export interface TermInfo {
  /** Id of the entry, reported in mentions. */
  entryId: string;
  /** The alias as declared, reported in mentions. */
  alias: string;
  /** Declared priority (higher wins among mentions of equal length). */
  priority: number;
  /** True for an inflected form derived from the alias (a plural or singular). */
  derived: boolean;
  /** Case-preserving form of each word, for case-sensitive terms; null otherwise. */
  cased: string[] | null;
  /**
   * All-capitals form of each word, for case-sensitive terms written with initial capitals
   * (see `capitalForms`); null otherwise.
   */
  capitals: string[] | null;
  /** True when the alias ends with a dot right after its last word (`U.S.`, `EE. UU.`). */
  finalDot: boolean;
  /** The language whose small words must stand next to it (see `standsAmong`); null for any. */
  context: 'en' | 'es' | null;
  /** True for a stop phrase: it claims its text but is never reported. */
  stop: boolean;
}

/**
 * Orders term indexes best first: stop phrases before aliases of the same words, declared forms
 * before derived ones, then higher priority, then declaration order.
 */
function compareTerms(terms: readonly TermInfo[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = terms[a];
    const y = terms[b];
    if (!x || !y) return a - b;
    if (x.stop !== y.stop) return x.stop ? -1 : 1;
    if (x.derived !== y.derived) return x.derived ? 1 : -1;
    // Then the declaration order, which is the order of the indexes.
    return y.priority - x.priority || a - b;
  };
}

/** Slot layout of the edge table: node, separator id, word id, child node + 1. */
const SLOT = 4;

/** Hash of an edge key. */
function edgeHash(node: number, gap: number, word: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b) ^ Math.imul(gap, 0xc2b2ae35);
  h ^= h >>> 15;
  return Math.imul(h, 0x27d4eb2f) ^ (h >>> 13);
}

/** The alias paths of a dictionary. Node 0 is the root. */
export class Trie {
  /** Every term, indexed by its position in the compiled list. */
  readonly termList: TermInfo[] = [];
  /** Term indexes ending at each node, best first; null when none. */
  readonly nodeTerms: (number[] | null)[] = [null];
  /** 1 for nodes with at least one child. */
  hasChildren = new Uint8Array(64);
  /** Node reached from the root by each word id, or -1; filled by {@link seal}. */
  roots = new Int32Array(0);
  private readonly gaps = new Map<string, number>([['', 0]]);
  private edges = new Int32Array(64 * SLOT);
  private edgeCount = 0;

  /** Id of a separator key (see `gapKey`), or -1 when no alias uses it. */
  gapId(key: string): number {
    return key === '' ? 0 : (this.gaps.get(key) ?? -1);
  }

  /** The child of `node` through separator `gap` and `word`, or -1. */
  child(node: number, gap: number, word: number): number {
    const edges = this.edges;
    const mask = edges.length / SLOT - 1;
    for (let s = edgeHash(node, gap, word) & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const next = (edges[at + 3] ?? 0) - 1;
      if (next < 0) return -1;
      if (edges[at] === node && edges[at + 1] === gap && edges[at + 2] === word) return next;
    }
  }

  /** Adds a path of `words` joined by separator keys `gaps`, ending in `term`. */
  insert(words: readonly number[], gaps: readonly string[], term: TermInfo): void {
    let node = 0;
    words.forEach((word, i) => {
      const key = i === 0 ? '' : (gaps[i - 1] ?? '');
      let gap = this.gaps.get(key);
      if (gap === undefined) this.gaps.set(key, (gap = this.gaps.size));
      node = this.childOrNew(node, gap, word);
    });
    const index = this.termList.push(term) - 1;
    const list = (this.nodeTerms[node] ??= []);
    list.push(index);
    list.sort(compareTerms(this.termList));
  }

  /** Builds {@link roots} for a vocabulary of `wordCount` words; call after the inserts. */
  seal(wordCount: number): void {
    this.roots = new Int32Array(wordCount);
    for (let word = 0; word < wordCount; word++) this.roots[word] = this.child(0, 0, word);
  }

  private childOrNew(node: number, gap: number, word: number): number {
    const found = this.child(node, gap, word);
    if (found >= 0) return found;
    const created = this.nodeTerms.push(null) - 1;
    if (node >= this.hasChildren.length) {
      const grown = new Uint8Array(Math.max(node + 1, this.hasChildren.length * 2));
      grown.set(this.hasChildren);
      this.hasChildren = grown;
    }
    this.hasChildren[node] = 1;
    if ((this.edgeCount + 1) * 2 > this.edges.length / SLOT) this.grow();
    this.place(node, gap, word, created);
    this.edgeCount++;
    return created;
  }

  private place(node: number, gap: number, word: number, child: number): void {
    const edges = this.edges;
    const mask = edges.length / SLOT - 1;
    let s = edgeHash(node, gap, word) & mask;
    while (edges[s * SLOT + 3] !== 0) s = (s + 1) & mask;
    edges.set([node, gap, word, child + 1], s * SLOT);
  }

  private grow(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) {
      const child = (old[at + 3] ?? 0) - 1;
      if (child >= 0) this.place(old[at] ?? 0, old[at + 1] ?? 0, old[at + 2] ?? 0, child);
    }
  }
}
