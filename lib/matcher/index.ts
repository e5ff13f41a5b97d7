// The matching engine: finds the mentions of dictionary aliases in plain text. Pure logic,
// no DOM. See `compileMatcher` for the rules.

import { Candidates } from './candidates';
import { buildPlan, compileTerms } from './compile';
import type { CompiledTerms, TermPlan } from './compile';
import { Hits } from './hits';
import { selectMentions } from './select';
import { scanWords } from './tokenize';
import { collectCandidates } from './walk';
import type { Matcher, MatcherTerm, Mention } from './types';

export type { Matcher, MatcherTerm, Mention } from './types';
export type { TermPlan } from './compile';
export { planTerms } from './compile';
export type { EncodedPlan } from './plan-codec';
export { decodePlan, encodePlan } from './plan-codec';

/**
 * Compiles a dictionary into a matcher whose cost per character of text does not depend on
 * the number of aliases.
 *
 * Matching rules:
 * - Words are runs of letters, marks and digits of any script, so aliases only match whole
 *   words (`Trump` not in `Trumpeter` or `antiTrump`). Hyphens and dashes separate words
 *   (`US` in `US-Mexico` and `US-based`); apostrophes too, so `Sheinbaum’s` finds `Sheinbaum`
 *   and the mention covers the name only.
 * - A whitespace-free chunk that looks like a link (a domain suffix such as `.com`, an `@`
 *   address, or `://`) is one word: nothing matches inside `cartels-r-us.com`.
 * - Case, diacritics and compatibility forms are folded (`López` = `LOPEZ`, `ß` = `ss`,
 *   `ﬁ` = `fi`); soft hyphens and zero-width characters are ignored anywhere.
 * - Between the words of an alias, any run of whitespace, line breaks and dashes counts as
 *   one space (`non-international` = `non international`), while other punctuation must be
 *   the same, with space around it optional (`EE. UU.` finds `EE.UU.`, all apostrophes are
 *   equal). Punctuation before the first or after the last word of an alias is dropped, except
 *   a final dot written right after its last word: `U.S.` and `EE. UU.` take the dot that
 *   follows in the text, also where it ends the sentence (`in the U.S.`), unless a word goes on
 *   right after it; `U.S` without the dot is still found. U+2029 PARAGRAPH SEPARATOR is never
 *   crossed.
 * - A case-sensitive alias needs exactly its letter case (`US` finds neither `us` nor `Us`);
 *   diacritics and punctuation variants are still tolerated.
 * - Capitals: a case-sensitive alias written with initial capitals (every word starts with an
 *   upper-case letter and some letter is lower case: `Trump`, `Rubio`, `Congress`, `DeSantis`)
 *   also finds its all-capitals form (`TRUMP`) where it stands among capitals, as in headlines
 *   and kickers: the nearest word on one side or the other, on the same line and within 64
 *   characters, is in capitals. Words with fewer than two letters that have case (`A`, `I`,
 *   `y`, the `S` of `’S`, numbers) are passed over. So `SHEINBAUM AND TRUMP`, `RUBIO Y TRUMP`
 *   and `SHEINBAUM AND TRUMP, in capitals` find both names, while `TRUMP` on its own,
 *   `the TRUMP brand`, `TRUMP said` and `trump` do not. Acronyms (`US`, `UN`) are in
 *   capitals already and stay exact.
 * - Stop phrases (terms with `stop`) claim their text like aliases but are never reported, so
 *   `Washington Post` or `TRUMP CARD` (the stop phrase `trump card`) highlight nothing.
 * - A case-insensitive alias also finds its other grammatical number, as its `inflect` says:
 *   by default the regular English plural or singular of its last word (`organization` ↔
 *   `organizations`, `policy` ↔ `policies`); with `es` the Spanish plural of the phrase up to a
 *   preposition (`cártel de la droga` → `cárteles de la droga`); with `none`, nothing. A declared
 *   alias beats a derived form of the same words.
 * - Overlaps: the longest mention wins (a final dot counts), then a stop phrase, then the higher
 *   priority, then the leftmost.
 * - Aliases without any letter or digit are skipped and not counted in `termCount`.
 */
export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  return matcherOf(compileTerms(Array.isArray(terms) ? terms : []));
}

/**
 * The matcher of a plan made ahead of time with `planTerms` (at build time, or when a dataset
 * is imported): the same matcher as `compileMatcher` of the same terms, without tokenizing and
 * inflecting every alias again in every page.
 */
export function matcherOfPlan(plan: TermPlan): Matcher {
  return matcherOf(buildPlan(plan));
}

function matcherOf({ lexicon, trie, termCount }: CompiledTerms): Matcher {
  // Reused from one search to the next: allocating fresh buffers for every text costs more
  // than the search itself once the garbage collector has to reclaim them.
  const hits = new Hits(1024);
  const candidates = new Candidates();
  return {
    termCount,
    find(text: string): Mention[] {
      if (typeof text !== 'string' || text.length === 0 || termCount === 0) return [];
      hits.reset();
      candidates.reset();
      scanWords(text, lexicon, false, hits, trie.roots);
      collectCandidates(text, hits, trie, candidates);
      return selectMentions(candidates, trie.termList);
    },
  };
}
