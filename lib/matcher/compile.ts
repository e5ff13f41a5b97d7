// Turns terms into a lexicon of folded words and a trie of word paths. Aliases are split by
// the very scanner used on text, so an alias matches exactly the text it would produce. The
// work is in two steps: `planTerms` (tokenizing, inflecting) gives a plain, JSON-safe plan that
// can be built ahead of time and stored; `buildPlan` turns a plan into the structures the
// scanner reads, which is cheap.

import { capitalForms } from './capitals';
import { Hits } from './hits';
import { gapKey, tokenKey } from './keys';
import { Lexicon } from './lexicon';
import { numberVariants } from './plurals';
import { spanishPlural } from './spanish-plurals';
import { Trie, type TermInfo } from './trie';
import { scanWords } from './tokenize';
import type { MatcherTerm } from './types';

/** The compiled form of a dictionary. */
export interface CompiledTerms {
  /** Every folded word that occurs in some alias. */
  lexicon: Lexicon;
  /** Word paths of all aliases and their derived forms. */
  trie: Trie;
  /** Number of terms that compiled. */
  termCount: number;
}

/** One word path of the trie: folded word ids, the separators between them, and its term. */
export interface PlannedPath {
  words: number[];
  gaps: string[];
  term: TermInfo;
}

/** A dictionary tokenized and inflected, as plain data: what `buildPlan` needs and no more. */
export interface TermPlan {
  /** The folded words, in the order of their ids. */
  words: string[];
  /** Word paths in insertion order (the order breaks ties between equal terms). */
  paths: PlannedPath[];
  /** Number of terms that compiled. */
  termCount: number;
}

/**
 * Compiles `terms`. A term is skipped when its alias is not a string or contains no letter
 * or digit (for example `...` or `—`), since it could never match anything.
 */
export function compileTerms(terms: readonly MatcherTerm[]): CompiledTerms {
  return buildPlan(planTerms(terms));
}

/** Tokenizes and inflects `terms` (see `compileTerms`) into a plan. */
export function planTerms(terms: readonly MatcherTerm[]): TermPlan {
  const lexicon = new Lexicon();
  const paths: PlannedPath[] = [];
  let termCount = 0;
  for (const term of terms) {
    if (typeof term?.alias !== 'string') continue;
    const alias = term.alias;
    const hits = new Hits(8);
    scanWords(alias, lexicon, true, hits);
    if (hits.count === 0) continue;
    const words: number[] = [];
    const gaps: string[] = [];
    const cased: string[] = [];
    for (let k = 0; k < hits.count; k++) {
      words.push(hits.word(k));
      cased.push(tokenKey(alias, hits.start(k), hits.end(k), 'cased'));
      if (k > 0) gaps.push(gapKey(alias, hits.end(k - 1), hits.start(k)));
    }
    const caseSensitive = term.caseSensitive === true;
    const info: TermInfo = {
      entryId: String(term.entryId),
      alias,
      priority: Number.isFinite(term.priority) ? Number(term.priority) : 0,
      derived: false,
      cased: caseSensitive ? cased : null,
      capitals: caseSensitive ? capitalForms(cased) : null,
      finalDot: alias.charCodeAt(hits.end(hits.count - 1)) === 0x2e,
      stop: term.stop === true,
      context: term.context === 'en' || term.context === 'es' ? term.context : null,
    };
    termCount++;
    paths.push({ words, gaps, term: info });
    // Inflected forms only for case-insensitive aliases: `US` must never find `USs`.
    if (caseSensitive || term.inflect === 'none') continue;
    for (const inflected of inflections(words, lexicon, term.inflect ?? 'en')) {
      paths.push({ words: inflected, gaps, term: { ...info, derived: true } });
    }
  }
  return { words: lexicon.words.slice(), paths, termCount };
}

/** The lexicon and trie of a plan. */
export function buildPlan(plan: TermPlan): CompiledTerms {
  const lexicon = new Lexicon();
  for (const word of plan.words) lexicon.intern(word);
  const trie = new Trie();
  for (const { words, gaps, term } of plan.paths) trie.insert(words, gaps, term);
  trie.seal(lexicon.words.length);
  return { lexicon, trie, termCount: plan.termCount };
}

// The word paths of an alias's other grammatical number.
function inflections(
  words: readonly number[],
  lexicon: Lexicon,
  language: 'en' | 'es',
): number[][] {
  const spelled = words.map((word) => lexicon.words[word] ?? '');
  if (language === 'es') {
    const plural = spanishPlural(spelled);
    return plural ? [plural.map((word) => lexicon.intern(word))] : [];
  }
  const last = words.length - 1;
  return numberVariants(spelled[last] ?? '').map((variant) => {
    const inflected = words.slice();
    inflected[last] = lexicon.intern(variant);
    return inflected;
  });
}
