// `node bench/run.mjs bench/derive-weights.ts`: derives the relevance weights of the bundled
// story's entries from the story pages against the pages about other things, and writes them to
// assets/relevance-weights.json. Run it after changing the dataset or the pages;
// tests/unit/relevance-weights.test.ts fails while the committed file differs from what this
// derives. Option: --check prints the weights without writing.

import { writeFileSync } from 'node:fs';
import { matcherTerms } from '../lib/catalog/catalog-terms';
import { bundledDataset } from '../lib/dataset';
import { compileMatcher } from '../lib/matcher';
import { ROOT } from '../scripts/paths.mjs';
import { weightsFile } from './precision/weights-file';
import { readPageSets, sharedPagesExist } from './precision/story-pages';

if (!sharedPagesExist()) {
  console.error('The shared corpus or article is missing: nothing derived.');
  process.exit(1);
}
const sets = await readPageSets(compileMatcher(matcherTerms(bundledDataset)));
const { text, margin } = weightsFile(sets, bundledDataset);
console.log(text);
console.log(`Margin between the two sides, in thresholds: ${margin.toFixed(3)}`);
if (!process.argv.includes('--check')) {
  writeFileSync(`${ROOT}assets/relevance-weights.json`, text);
}
