// Builds the scout table (scout-table.ts) of a compiled dictionary, with the weights of the
// relevance model the page stage decides with. Pure logic; never runs in a page.
import { BUNDLED_ID } from '../dataset/bundled-id';
import type { CompiledDictionary } from '../dictionary/compiled-dictionary';
import { readCompiledDictionary } from '../dictionary/compiled-dictionary';
import type { RelevanceModel } from '../relevance/decide-relevance';
import type { DerivedWeights } from '../relevance/story-model';
import { storyModel } from '../relevance/story-model';
import type { ScoutTable } from './scout-table';
import { encodeRuns, SCOUT_FORMAT } from './scout-table';

/** The scout table of a dictionary just compiled; `bundled` is the bundled checksum. */
export function scoutTableOf(
  compiled: CompiledDictionary,
  bundled: string,
  weights?: DerivedWeights,
): ScoutTable {
  // Trusted: it comes straight from the compiler, never from storage.
  const body = readCompiledDictionary(compiled, true);
  if (!body) throw new Error('The compiled dictionary cannot be read.');
  const facts = new Map(body.entries.map(([id, , relevance, story]) => [id, { relevance, story }]));
  const lookup = {
    relevanceOf: (id: string) => facts.get(id)?.relevance ?? 'distinctive',
    storyOf: (id: string) => facts.get(id)?.story ?? BUNDLED_ID,
  };
  const model: RelevanceModel = storyModel(lookup, BUNDLED_ID, weights);
  const stories = [...new Set(body.entries.map(([, , , story]) => story))];
  const index = new Map(body.entries.map(([id], i) => [id, i]));
  const seen = new Set<string>();
  const paths: number[][] = [];
  for (const path of body.plan.paths) {
    const term = body.plan.terms[path[0] ?? -1];
    const entry = term && index.get(term[0]);
    // A stop phrase only keeps its words from being read as an alias: it names nothing.
    if (!term || entry === undefined || (term[3] & 2) !== 0) continue;
    // Word ids sit at 2, 4, 6, …; the gaps between them are left out (any gap is allowed).
    const words = path.filter((_, i) => i >= 2 && i % 2 === 0);
    const key = `${entry} ${words.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    paths.push([entry, ...words]);
  }
  return {
    format: SCOUT_FORMAT,
    bundled,
    threshold: model.threshold,
    words: body.plan.words,
    entries: body.entries.flatMap(([id, , , story]) => [
      round(model.weightOf(id)),
      model.showsAlone(id) ? 1 : 0,
      stories.indexOf(story),
    ]),
    paths: encodeRuns(paths),
  };
}

// Weights are kept to three decimals, as derived, so the stored table stays small; rounded up,
// so that the first stage never finds a page lighter than the decision would.
function round(weight: number): number {
  return Math.max(0, Math.ceil(weight * 1000 - 1e-9) / 1000);
}
