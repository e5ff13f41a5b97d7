// Paths shared by the scripts, the end-to-end tests and the demo.
import { fileURLToPath } from 'node:url';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The built Chrome extension. */
export const CHROME_BUILD = `${ROOT}.output/chrome-mv3`;
/** The built Firefox extension. */
export const FIREFOX_BUILD = `${ROOT}.output/firefox-mv2`;
/** Material shared beside the repository: the source article and the page corpus. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** What the test and demo server serves, URL prefix → directory. */
export const SERVED = {
  '/fixtures/': `${ROOT}tests/fixtures/`,
  '/demo/': `${ROOT}demo/`,
  '/corpus/': `${SHARED}corpus/pages/`,
};
