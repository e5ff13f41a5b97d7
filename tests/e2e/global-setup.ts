import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_BUILD, ROOT } from '../../scripts/paths.mjs';

/** Builds the Chrome extension once before the run when no build is there (`npm test` builds first). */
export default function globalSetup(): void {
  if (existsSync(`${CHROME_BUILD}/manifest.json`)) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
