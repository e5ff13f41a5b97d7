// Two entries may claim the same alias only if their priorities say which one wins. Spellings
// that differ only in case or accents are the same alias: the matcher cannot tell them apart.

import { foldText } from './fold-text';
import type { DatasetError, Entry } from './types';

interface AliasClaim {
  entry: number;
  alias: number;
  priority: number;
}

/**
 * Adds to `errors` every alias listed twice in one entry, and every alias that two entries
 * claim with the same priority.
 */
export function checkAliasClaims(entries: readonly Entry[], errors: DatasetError[]): void {
  const claims = new Map<string, AliasClaim[]>();
  entries.forEach((entry, i) => {
    entry.aliases.forEach((alias, j) => {
      const path = `entries[${i}].aliases[${j}].text`;
      const earlier = entry.aliases.findIndex((other) => other.text === alias.text);
      if (earlier < j) {
        errors.push({
          path,
          message: `This alias is already listed in this entry, as aliases[${earlier}].`,
        });
        return;
      }
      const key = foldText(alias.text);
      const list = claims.get(key) ?? [];
      // Accent and case variants within one entry are welcome: they are one claim.
      if (!list.some((claim) => claim.entry === i)) {
        list.push({ entry: i, alias: j, priority: entry.priority ?? 0 });
      }
      claims.set(key, list);
    });
  });
  for (const list of claims.values()) {
    list.forEach((claim, n) => {
      const rival = list.slice(0, n).find((other) => other.priority === claim.priority);
      if (!rival) return;
      const owner = entries[rival.entry]?.id ?? '';
      const message = `The entry "${owner}" also has this alias, with the same priority (${claim.priority}). Give one of the two entries a higher priority, or remove one of the aliases.`;
      errors.push({ path: `entries[${claim.entry}].aliases[${claim.alias}].text`, message });
    });
  }
}
