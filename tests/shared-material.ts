// The material beside the repository (../shared: the source article and the page corpus) that
// some tests read. Locally a missing piece skips those tests with a message; on CI (the `CI`
// environment variable set) it fails them, so a green CI run never hides tests that did not run.
import { existsSync, readdirSync } from 'node:fs';
import { SHARED } from '../scripts/paths.mjs';

/** True on CI, where missing material (or a missing browser) fails the run instead of skipping. */
export const ON_CI = Boolean(process.env.CI);

/** One piece of shared material, and what a test should do about it. */
export interface SharedMaterial {
  path: string;
  present: boolean;
  /** Why the tests that need it did not run (or fail). */
  message: string;
  /** True when its tests should be skipped: it is missing and this is not CI. */
  skip: boolean;
  /** Throws `message` when it is missing; call it where a test starts (on CI it then fails). */
  require(): void;
}

function material(path: string, what: string, present: boolean): SharedMaterial {
  const message = `${what} is missing: ${path} not found${ON_CI ? ' (CI set: failing)' : ' (skipped; on CI this fails)'}`;
  return {
    path,
    present,
    message,
    skip: !present && !ON_CI,
    require() {
      if (!present) throw new Error(message);
    },
  };
}

/** The source article, ../shared/source/article.txt. */
export const ARTICLE = material(
  `${SHARED}source/article.txt`,
  'The source article',
  existsSync(`${SHARED}source/article.txt`),
);

/** The folder of saved real-world pages, ../shared/corpus/pages. */
export const CORPUS = material(
  `${SHARED}corpus/pages`,
  'The page corpus',
  existsSync(`${SHARED}corpus/pages`),
);

/** File names of the corpus pages, sorted; empty when the corpus is missing. */
export function corpusPageNames(): string[] {
  if (!CORPUS.present) return [];
  return readdirSync(CORPUS.path)
    .filter((name) => name.endsWith('.html'))
    .sort();
}
