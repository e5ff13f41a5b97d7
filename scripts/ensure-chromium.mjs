// Stops the test and demo commands early, with one clear message, when there is no Chromium.
// On Debian as root it installs Debian's package itself, as a fresh CI machine needs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { NO_CHROMIUM_MESSAGE, chromiumCandidates } from './browser-path.mjs';

const hasChromium = () => chromiumCandidates().some((path) => existsSync(path));

if (!hasChromium() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package…');
  try {
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
  } catch {
    // Fall through to the message below: the install's own output says what went wrong.
  }
}
if (!hasChromium()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
