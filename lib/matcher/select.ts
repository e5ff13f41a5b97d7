// Picks the mentions among overlapping candidates: the longest wins, then a stop phrase, then the
// higher priority, then the leftmost; the rest is filled greedily with whatever no longer
// overlaps. Candidates that overlap nobody (nearly all of them) are taken directly. Stop phrases
// take part like any alias, so the words they claim are taken, and are then left out.

import type { Candidates } from './candidates';
import type { TermInfo } from './trie';
import type { Mention } from './types';

/** Turns candidate `i` into a mention. */
function toMention(c: Candidates, i: number, terms: readonly TermInfo[]): Mention {
  const term = terms[c.term(i)];
  return {
    start: c.start(i),
    end: c.end(i),
    entryId: term?.entryId ?? '',
    alias: term?.alias ?? '',
  };
}

/**
 * Orders candidate indexes best first: longer, then stop phrases (which claim their text before
 * an alias of the same length), then higher priority, then leftmost.
 */
function byStrength(c: Candidates, terms: readonly TermInfo[]): (a: number, b: number) => number {
  const length = (i: number): number => c.end(i) - c.start(i);
  const stop = (i: number): number => (terms[c.term(i)]?.stop ? 1 : 0);
  const priority = (i: number): number => terms[c.term(i)]?.priority ?? 0;
  return (a, b) =>
    length(b) - length(a) ||
    stop(b) - stop(a) ||
    priority(b) - priority(a) ||
    c.start(a) - c.start(b);
}

/** True when candidate `i` is a stop phrase, which claims its text but is never reported. */
function isStop(c: Candidates, i: number, terms: readonly TermInfo[]): boolean {
  return terms[c.term(i)]?.stop === true;
}

/** Words already taken by a chosen mention, by hit index; reused and left all zero. */
let taken = new Uint8Array(1024);

/** Chooses non-overlapping winners among candidates `from..to-1`, in text order. */
function resolveCluster(
  c: Candidates,
  from: number,
  to: number,
  terms: readonly TermInfo[],
): number[] {
  const order: number[] = [];
  for (let i = from; i < to; i++) order.push(i);
  order.sort(byStrength(c, terms));
  // The cluster's words are consecutive hits: mark them in a window of `taken`.
  const base = c.first(from);
  let span = 0;
  for (const i of order) span = Math.max(span, c.last(i) - base + 1);
  if (taken.length < span) taken = new Uint8Array(span * 2);
  const chosen: number[] = [];
  for (const i of order) {
    const first = c.first(i) - base;
    const last = c.last(i) - base;
    let free = true;
    for (let k = first; k <= last && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, first, last + 1);
    chosen.push(i);
  }
  taken.fill(0, 0, span);
  return chosen.sort((a, b) => c.start(a) - c.start(b));
}

/** Returns the winning mentions, in text order and never overlapping; stop phrases are left out. */
export function selectMentions(c: Candidates, terms: readonly TermInfo[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < c.count) {
    // A cluster is a run of candidates that overlap each other, directly or through others.
    let clusterEnd = c.end(i);
    let j = i + 1;
    while (j < c.count && c.start(j) < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, c.end(j));
      j++;
    }
    if (j === i + 1) {
      if (!isStop(c, i, terms)) mentions.push(toMention(c, i, terms));
    } else {
      for (const k of resolveCluster(c, i, j, terms)) {
        if (!isStop(c, k, terms)) mentions.push(toMention(c, k, terms));
      }
    }
    i = j;
  }
  return mentions;
}
