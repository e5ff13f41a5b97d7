import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../../scripts/paths.mjs';

// The README promises that `npm run build` refuses a broken dataset. This runs the real build,
// with its hook, on a copy of the repository whose dataset has one broken relation.
test('the build refuses a broken dataset and says where it is broken', async () => {
  test.setTimeout(120_000);
  const copy = await mkdtemp(join(tmpdir(), 'context-cards-build-'));
  try {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    for (const file of files.split('\n').filter((name) => name && existsSync(join(ROOT, name)))) {
      await mkdir(dirname(join(copy, file)), { recursive: true });
      await copyFile(join(ROOT, file), join(copy, file));
    }
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const datasetPath = join(copy, 'assets/dataset.json');
    const dataset = JSON.parse(await readFile(datasetPath, 'utf8'));
    dataset.entries[0].related = ['no-such-entry'];
    await writeFile(datasetPath, JSON.stringify(dataset, null, 2));

    const build = spawnSync('npx', ['wxt', 'build'], { cwd: copy, encoding: 'utf8' });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).not.toBe(0);
    expect(output).toContain('assets/dataset.json is not a valid dataset');
    expect(output).toMatch(/entries\[0\]\.related\[0\]/);
    expect(existsSync(join(copy, '.output/chrome-mv3/manifest.json'))).toBe(false);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
