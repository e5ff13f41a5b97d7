import type { Translate } from '../lib/i18n/translate';
import type { FileProblem } from '../lib/settings/file-envelope';
import { fileProblemList } from './file-problem-messages';
import { Notice } from './Notice';
import { ProblemList } from './ProblemList';
import type { ListedProblem } from './ProblemList';

/** What came of reading a settings or site list file. */
export type FileOutcome = { done: string } | { refused: string; problems: ListedProblem[] } | null;

/** The outcome of applying `file`: `done` when it was applied, its problems when not. */
export function fileOutcome(
  t: Translate,
  file: string,
  verdict: { ok: true } | { ok: false; problems: readonly FileProblem[] },
  done: string,
): FileOutcome {
  if (verdict.ok) return { done };
  return { refused: t('optionsFileRefused', file), problems: fileProblemList(t, verdict.problems) };
}

/** Shows a file's outcome: a status message, or an alert that lists its problems. */
export function FileOutcomeNotice({ outcome }: { outcome: FileOutcome }) {
  if (!outcome) return null;
  if ('done' in outcome) return <Notice tone="done">{outcome.done}</Notice>;
  return (
    <Notice tone="refused">
      <p>{outcome.refused}</p>
      <ProblemList problems={outcome.problems} />
    </Notice>
  );
}
