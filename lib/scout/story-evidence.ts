/**
 * What the first stage learns of a page while it reads: which alias words it holds, and which of
 * them stand next to each other. From that alone it can tell that the page shows nothing, and
 * so needs neither the matcher nor the page engine. Pure logic.
 *
 * The test is an upper bound on the relevance decision (lib/relevance/decide-relevance.ts): a
 * run of alias words can match only where each of its words stands right after the one before,
 * so an entry is "possibly named" when every consecutive pair of one of its runs occurs somewhere
 * on the page. The page may show something only when a possibly named entry is shown alone
 * (distinctive), or the possibly named entries of one story weigh the threshold together (no part
 * of a page can weigh more than the whole page). Letter case, gaps and context words only ever
 * narrow a match, so they are left out. The words are read by the matcher's own scanner, with the
 * same folding and word boundaries.
 */
import { Hits } from '../matcher/hits';
import { Lexicon } from '../matcher/lexicon';
import { scanWords } from '../matcher/tokenize';
import type { ScoutTable } from './scout-table';
import { decodeRuns, ENTRY_FIELDS } from './scout-table';

/** Alias words and neighbouring pairs seen so far on a page. */
export class StoryEvidence {
  private readonly lexicon = new Lexicon();
  private readonly hits = new Hits(256);
  /** Lexicon id of each table word. */
  private readonly ids: Int32Array;
  private readonly seen: Uint8Array;
  private readonly pairs = new Set<number>();
  private readonly size: number;
  /** The table's runs: for each, its number of words, its entry, then its words. */
  private readonly runs: Int32Array;

  constructor(private readonly table: ScoutTable) {
    this.runs = decodeRuns(table.paths) ?? new Int32Array(0);
    this.ids = Int32Array.from(table.words, (word) => this.lexicon.intern(word));
    this.size = this.lexicon.words.length;
    this.seen = new Uint8Array(this.size);
  }

  /** Notes the words of one run of text (a block of a page; no phrase spans two runs). */
  read(text: string): void {
    const hits = this.hits;
    hits.reset();
    scanWords(text, this.lexicon, false, hits);
    for (let k = 0; k < hits.count; k++) {
      const word = hits.word(k);
      this.seen[word] = 1;
      if (k > 0 && hits.seq(k) === hits.seq(k - 1) + 1) {
        this.pairs.add(hits.word(k - 1) * this.size + word);
      }
    }
    hits.reset();
  }

  /**
   * False when the page, as read so far, certainly shows nothing. `storyOnly` is the reader's
   * setting: without it, every named entry is shown.
   */
  mayShow(storyOnly: boolean): boolean {
    const { table, runs, ids, seen, pairs, size } = this;
    const scores = new Map<number, number>();
    const counted = new Set<number>();
    for (let run = 0; run < runs.length; run += runs[run]! + 2) {
      const entry = runs[run + 1]!;
      const first = run + 2;
      const end = first + runs[run]!;
      if (counted.has(entry)) continue;
      let named = seen[ids[runs[first]!]!] === 1;
      for (let i = first + 1; named && i < end; i++) {
        named = pairs.has(ids[runs[i - 1]!]! * size + ids[runs[i]!]!);
      }
      if (!named) continue;
      const field = entry * ENTRY_FIELDS;
      const alone = table.entries[field + 1];
      if (alone === 1 || !storyOnly) return true;
      const weight = table.entries[field]!;
      const story = table.entries[field + 2]!;
      counted.add(entry);
      const score = (scores.get(story) ?? 0) + weight;
      if (score >= table.threshold - 1e-9) return true;
      scores.set(story, score);
    }
    return false;
  }
}
