// What a search finds, written as strings so that a failing matcher test shows the matched
// text at a glance. Each helper takes a compiled matcher or the terms to compile.

import { compileMatcher, type Matcher, type MatcherTerm, type Mention } from '../../lib/matcher';

/** A compiled matcher, or the terms to compile into one. */
type Searcher = Matcher | readonly MatcherTerm[];

function mentions(searcher: Searcher, text: string): Mention[] {
  return ('termCount' in searcher ? searcher : compileMatcher(searcher)).find(text);
}

/** The matched slices of `text`, in order. */
export function slices(searcher: Searcher, text: string): string[] {
  return mentions(searcher, text).map((m) => text.slice(m.start, m.end));
}

/** The matched slices of `text` with their entry ids, as `slice:entryId`, in order. */
export function found(searcher: Searcher, text: string): string[] {
  return mentions(searcher, text).map((m) => `${text.slice(m.start, m.end)}:${m.entryId}`);
}
