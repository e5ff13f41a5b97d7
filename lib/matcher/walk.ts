// Follows the trie from every known word that can start an alias and records each alias that
// ends along the way. Only neighbouring words (consecutive `seq`) with the right punctuation
// between them extend a path, so the work is proportional to the number of hits.

import { amongCapitals } from './capitals';
import { standsAmong } from './context-words';
import type { Candidates } from './candidates';
import { WORD, classOf, codePointAt } from './chars';
import type { Hits } from './hits';
import { gapKey, tokenKey } from './keys';
import type { TermInfo, Trie } from './trie';

/** Whether the word `text[start..end)` has the case-preserving form `expected`. */
function sameCase(text: string, start: number, end: number, expected: string): boolean {
  // Fast path: the text spells the word exactly like the key (a cased key is its own cased key).
  if (end - start === expected.length) {
    let i = start;
    while (i < end && text.charCodeAt(i) === expected.charCodeAt(i - start)) i++;
    if (i === end) return true;
  }
  let ascii = true;
  for (let i = start; i < end && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  // An ASCII word is its own key, so it differs; anything else needs the full form.
  return !ascii && tokenKey(text, start, end, 'cased') === expected;
}

/** Whether the words `first..last` of the text have the case-preserving forms `expected`. */
function wordsHaveCase(text: string, hits: Hits, first: number, last: number, expected: string[]) {
  for (let k = first; k <= last; k++) {
    if (!sameCase(text, hits.start(k), hits.end(k), expected[k - first] ?? '')) return false;
  }
  return true;
}

/**
 * Whether the words `first..last` of the text have the case the term declares, or are the
 * all-capitals form of a capitalised term standing among capitals (see `amongCapitals`).
 */
function caseMatches(text: string, hits: Hits, first: number, last: number, term: TermInfo) {
  if (!term.cased || wordsHaveCase(text, hits, first, last, term.cased)) return true;
  return (
    term.capitals !== null &&
    wordsHaveCase(text, hits, first, last, term.capitals) &&
    amongCapitals(text, hits.start(first), hits.end(last))
  );
}

/**
 * Where a mention of `term` whose last word ends at `end` ends: an alias written with a final
 * dot (`U.S.`) takes the dot that follows in the text, also when it ends the sentence, unless
 * a word goes on right after it.
 */
function mentionEnd(text: string, end: number, term: TermInfo | undefined): number {
  if (!term?.finalDot || text.charCodeAt(end) !== 0x2e) return end;
  const next = end + 1 < text.length ? classOf(codePointAt(text, end + 1)) : 0;
  return next === WORD ? end : end + 1;
}

/** Index of the best term in `terms` that accepts the words `first..last`, or -1. */
function bestTerm(
  text: string,
  hits: Hits,
  first: number,
  last: number,
  terms: readonly number[],
  list: readonly TermInfo[],
): number {
  for (const index of terms) {
    const term = list[index];
    if (!term || !caseMatches(text, hits, first, last, term)) continue;
    if (term.context && !standsAmong(text, hits.start(first), hits.end(last), term.context)) {
      continue;
    }
    return index;
  }
  return -1;
}

/** The node reached from `node` by hit `k + 1`, when it directly follows hit `k`; else -1. */
function step(text: string, hits: Hits, trie: Trie, node: number, k: number): number {
  if (hits.seq(k + 1) !== hits.seq(k) + 1) return -1;
  const from = hits.end(k);
  const to = hits.start(k + 1);
  // Most words are separated by one ordinary space: skip building the separator key.
  const plain = to === from + 1 && text.charCodeAt(from) === 0x20;
  const gap = plain ? 0 : trie.gapId(gapKey(text, from, to));
  return gap < 0 ? -1 : trie.child(node, gap, hits.word(k + 1));
}

/** Appends to `out` every (possibly overlapping) alias match among `hits`. */
export function collectCandidates(text: string, hits: Hits, trie: Trie, out: Candidates): void {
  const { roots, nodeTerms, hasChildren, termList } = trie;
  const count = hits.count;
  for (let first = 0; first < count; first++) {
    let node = roots[hits.word(first)] ?? -1;
    for (let last = first; node >= 0; last++) {
      const terms = nodeTerms[node];
      if (terms) {
        const term = bestTerm(text, hits, first, last, terms, termList);
        if (term >= 0) {
          const end = mentionEnd(text, hits.end(last), termList[term]);
          out.push(hits.start(first), end, first, last, term);
        }
      }
      if (last + 1 >= count || hasChildren[node] !== 1) break;
      node = step(text, hits, trie, node, last);
    }
  }
}
