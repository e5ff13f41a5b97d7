import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { FIREFOX_BUILD, ROOT } from '../../scripts/paths.mjs';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

// The warnings the README explains: Preact's renderer contains an `innerHTML` assignment for
// `dangerouslySetInnerHTML`, which our components never use (dataset strings are text only).
const EXPLAINED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

// addons.mozilla.org runs this linter on every upload: the Firefox package must pass it.
test('web-ext lint finds no error in the Firefox build, and only the explained warnings', () => {
  test.setTimeout(120_000);
  const lint = spawnSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
    errors: LintMessage[];
    warnings: LintMessage[];
  };
  const line = ({ code, file, message }: LintMessage) => `${code} in ${file}: ${message}`;
  expect(report.errors.map(line)).toEqual([]);
  expect(report.warnings.filter(({ code }) => !EXPLAINED_WARNINGS.has(code)).map(line)).toEqual([]);
});
