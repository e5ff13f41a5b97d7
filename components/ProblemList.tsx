import { useTranslate } from './use-translate';

/** One problem of a file: where it is, and what is wrong there. */
export interface ListedProblem {
  /** A path such as `entries[3].aliases[0].text`; empty for the whole file. */
  path: string;
  message: string;
}

/**
 * The problems found in a file, each with its path, in the order of the file. Paths and
 * messages are text: a file's content never becomes markup.
 */
export function ProblemList({ problems }: { problems: readonly ListedProblem[] }) {
  const t = useTranslate();
  return (
    <ol class="problems">
      {problems.map((problem, i) => (
        <li key={i}>
          <code class="problem-path">{problem.path || t('optionsProblemWholeFile')}</code>{' '}
          <span class="problem-message">{problem.message}</span>
        </li>
      ))}
    </ol>
  );
}
