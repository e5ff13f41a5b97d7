// Finds a Chromium to run the extension in, for the end-to-end tests and the demo.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where to look, in order: an explicit override, Debian's packages, Playwright's own download. */
export function chromiumCandidates() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when it has no browser registry entry; that only means one fewer candidate.
  }
  return candidates.filter((path) => typeof path === 'string' && path.length > 0);
}

/** The message shown when no Chromium can be found. */
export const NO_CHROMIUM_MESSAGE = [
  'Context Cards needs Chromium to run its end-to-end tests and its demo, and none was found.',
  'Install one:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  elsewhere:      npx playwright install chromium',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

/**
 * The first Chromium executable that exists.
 * @returns {string}
 * @throws {Error} with NO_CHROMIUM_MESSAGE when there is none.
 */
export function resolveChromium() {
  const found = chromiumCandidates().find((path) => existsSync(path));
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}
