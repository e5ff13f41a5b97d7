/**
 * What stands between a draft and an imported dataset: the import's own checks (the validator,
 * evidence and quotations word for word in the article, aliases shared with other datasets),
 * run on `datasetFromDraft(draft)`, and where each problem belongs in the editor. Pure logic.
 */
import type { KnownDataset } from '../dataset-import/alias-clashes';
import { findAliasClashes } from '../dataset-import/alias-clashes';
import { checkAgainstArticle } from '../dataset/check-article';
import type { Dataset, DatasetError } from '../dataset/types';
import { validateDataset } from '../dataset/validate';
import { articleBody } from './article-text';
import { datasetFromDraft } from './draft-dataset';
import type { Draft } from './editor-types';

/** Every problem of a draft, with the validator's paths (`entries[3].aliases[0].text`). */
export function draftProblems(draft: Draft, known: readonly KnownDataset[]): DatasetError[] {
  const dataset: Dataset = datasetFromDraft(draft);
  const checked = validateDataset(dataset);
  const errors = checked.ok ? [] : [...checked.errors];
  const text = articleBody(draft.article);
  // The same checks as the import, which runs them only on a valid file: here they run on
  // whatever the draft holds, so that a bad excerpt shows while the rest is unfinished.
  if (text) errors.push(...checkAgainstArticle(dataset, text, 'the article'));
  try {
    errors.push(...findAliasClashes(dataset, known));
  } catch {
    // An unfinished draft may not have every field; the validator already reported that.
  }
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.path}\n${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The problems at `path` or inside it (`entries[1].facts[0]` holds `entries[1].facts[0].text`). */
export function problemsUnder(errors: readonly DatasetError[], path: string): string[] {
  return errors
    .filter(
      (error) =>
        error.path === path ||
        error.path.startsWith(`${path}.`) ||
        error.path.startsWith(`${path}[`),
    )
    .map((error) => error.message);
}

/** The problems at exactly `path`. */
export function problemsAt(errors: readonly DatasetError[], path: string): string[] {
  return errors.filter((error) => error.path === path).map((error) => error.message);
}

/** The path of an entry's field, as the validator writes it. */
export function entryPath(index: number, field?: string): string {
  return field ? `entries[${index}].${field}` : `entries[${index}]`;
}
