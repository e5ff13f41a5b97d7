// Finds a Firefox for the Firefox end-to-end tests: FIREFOX_PATH, then Debian's firefox-esr,
// then firefox on the usual paths.
import { existsSync } from 'node:fs';

/**
 * The first Firefox executable that exists, or null.
 * @returns {string | null}
 */
export function resolveFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => typeof path === 'string' && path && existsSync(path)) ?? null;
}
