// The rule for aliases an imported dataset shares with the datasets already there (the bundled
// one and other imports) is the validator's rule inside one dataset (alias-claims.ts): two
// entries may claim the same alias only if their priorities say which one wins. A clash at the
// same priority is an error at the imported alias, which the author fixes with a priority.

import { foldText } from '../dataset/fold-text';
import type { Dataset, DatasetError, Entry } from '../dataset/types';
import { clip } from '../dataset/wording';

/** A dataset already known, and how messages name it ("the bundled dataset"). */
export interface KnownDataset {
  readonly label: string;
  readonly dataset: Dataset;
}

interface Claim {
  entry: Entry;
  label: string;
}

/**
 * An error for every alias of `dataset` that an entry of a `known` dataset also has (ignoring
 * case and accents, as the matcher does), with the same priority.
 */
export function findAliasClashes(dataset: Dataset, known: readonly KnownDataset[]): DatasetError[] {
  const claims = new Map<string, Claim[]>();
  for (const { label, dataset: other } of known) {
    for (const entry of other.entries) {
      for (const alias of entry.aliases) {
        const key = foldText(alias.text);
        const list = claims.get(key) ?? [];
        if (!list.some((claim) => claim.entry === entry)) list.push({ entry, label });
        claims.set(key, list);
      }
    }
  }
  const errors: DatasetError[] = [];
  dataset.entries.forEach((entry, i) => {
    const priority = entry.priority ?? 0;
    entry.aliases.forEach((alias, j) => {
      const rival = claims
        .get(foldText(alias.text))
        ?.find((claim) => (claim.entry.priority ?? 0) === priority);
      if (!rival) return;
      const message =
        `The entry "${clip(rival.entry.name)}" (${rival.entry.id}) of ${rival.label} also has this alias, ` +
        `with the same priority (${priority}). Give this entry a priority above ${priority} to take ` +
        `its mentions, or below ${priority} to leave them to "${clip(rival.entry.name)}".`;
      errors.push({ path: `entries[${i}].aliases[${j}].text`, message });
    });
  });
  return errors;
}
