// The dataset to compare against: the bundled file as it is at a git revision, or, where git or the revision is not available, today's file without its stop
// phrases. Either way it is matched without the relevance gate.

import { execFileSync } from 'node:child_process';
import { bundledDataset } from '../../lib/dataset';
import type { Dataset } from '../../lib/dataset/types';
import { ROOT } from '../../scripts/paths.mjs';

/** A dataset with a line saying where it came from. */
export interface BaseDataset {
  dataset: Dataset;
  label: string;
}

/** The dataset of revision `ref`, or the bundled one without stop phrases. */
export function baseDataset(ref: string): BaseDataset {
  try {
    const text = execFileSync('git', ['show', `${ref}:assets/dataset.json`], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return { dataset: JSON.parse(text) as Dataset, label: `assets/dataset.json at ${ref}` };
  } catch {
    const entries = bundledDataset.entries.map((entry) => ({ ...entry, stopPhrases: [] }));
    return {
      dataset: { ...bundledDataset, entries },
      label: `today's dataset without its stop phrases (${ref} is not readable with git)`,
    };
  }
}
