import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../../scripts/paths.mjs';

/** Builds the extension once before the run when no build is there (`npm test` builds first). */
export default function globalSetup(): void {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`)) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  }
}
