import type { FileProblem } from '../lib/settings/file-envelope';
import type { MessageKey, Translate } from '../lib/i18n/translate';
import { MAX_LISTED_SITES } from '../lib/settings/site-limits';
import type { ListedProblem } from './ProblemList';

const MESSAGES: Record<FileProblem['problem'], MessageKey> = {
  'too-large': 'optionsProblemTooLarge',
  'not-json': 'optionsProblemNotJson',
  'not-utf8': 'optionsProblemNotUtf8',
  'wrong-file': 'optionsProblemWrongFile',
  'newer-version': 'optionsProblemNewerVersion',
  'unknown-field': 'optionsProblemUnknownField',
  'invalid-value': 'optionsProblemInvalidValue',
  'invalid-host': 'optionsProblemInvalidHost',
  'too-many-sites': 'optionsProblemTooManySites',
};

/** The problems of a settings or site list file, worded in the reader's language. */
export function fileProblemList(t: Translate, problems: readonly FileProblem[]): ListedProblem[] {
  return problems.map(({ path, problem }) => ({
    path,
    message: t(MESSAGES[problem], MAX_LISTED_SITES),
  }));
}
