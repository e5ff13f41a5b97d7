// A compact, JSON-safe form of a term plan (see compile.ts), for plans built ahead of time and
// shipped or stored: each term once, word paths as numbers. Derived forms of a term share its
// record, and the all-capitals forms are worked out again on reading (`capitalForms`).

import { capitalForms } from './capitals';
import type { PlannedPath, TermPlan } from './compile';
import type { TermInfo } from './trie';

/**
 * One term: entry id, alias, priority, flags (1: final dot, 2: stop, 4: English context, 8:
 * Spanish context), cased words or 0.
 */
type EncodedTerm = [
  entryId: string,
  alias: string,
  priority: number,
  flags: number,
  cased: string[] | 0,
];

/** A plan in compact form. */
export interface EncodedPlan {
  words: string[];
  gaps: string[];
  terms: EncodedTerm[];
  /** Per path: term index, 1 when derived, then the first word id and (gap id, word id) pairs. */
  paths: number[][];
  termCount: number;
}

/** The compact form of `plan`. */
export function encodePlan(plan: TermPlan): EncodedPlan {
  const gaps = new Map<string, number>();
  const terms = new Map<string, number>();
  const encodedTerms: EncodedTerm[] = [];
  const paths = plan.paths.map(({ words, gaps: between, term }) => {
    const record: EncodedTerm = [
      term.entryId,
      term.alias,
      term.priority,
      (term.finalDot ? 1 : 0) |
        (term.stop ? 2 : 0) |
        (term.context === 'en' ? 4 : 0) |
        (term.context === 'es' ? 8 : 0),
      term.cased ?? 0,
    ];
    const key = JSON.stringify(record);
    let index = terms.get(key);
    if (index === undefined || !term.derived) {
      index = encodedTerms.push(record) - 1;
      terms.set(key, index);
    }
    const path = [index, term.derived ? 1 : 0, words[0] ?? 0];
    for (let i = 1; i < words.length; i++) {
      const gap = between[i - 1] ?? '';
      if (!gaps.has(gap)) gaps.set(gap, gaps.size);
      path.push(gaps.get(gap)!, words[i] ?? 0);
    }
    return path;
  });
  return {
    words: plan.words,
    gaps: [...gaps.keys()],
    terms: encodedTerms,
    paths,
    termCount: plan.termCount,
  };
}

/** The plan of a compact form; throws when it is not one `encodePlan` made. */
export function decodePlan(encoded: EncodedPlan): TermPlan {
  const terms = encoded.terms.map(([entryId, alias, priority, flags, cased]): TermInfo => ({
    entryId,
    alias,
    priority,
    derived: false,
    cased: cased === 0 ? null : cased,
    capitals: cased === 0 ? null : capitalForms(cased),
    finalDot: (flags & 1) !== 0,
    stop: (flags & 2) !== 0,
    context: (flags & 4) !== 0 ? 'en' : (flags & 8) !== 0 ? 'es' : null,
  }));
  const paths = encoded.paths.map((path): PlannedPath => {
    const base = terms[path[0]!];
    if (!base) throw new RangeError('A path names a term that is not there.');
    const words = [path[2]!];
    const gaps: string[] = [];
    for (let i = 3; i + 1 < path.length; i += 2) {
      gaps.push(encoded.gaps[path[i]!] ?? '');
      words.push(path[i + 1]!);
    }
    return { words, gaps, term: path[1] === 1 ? { ...base, derived: true } : base };
  });
  return { words: encoded.words, paths, termCount: encoded.termCount };
}
