// Runs a TypeScript entry file in Node: bundles it with esbuild (shipped with Vite) into a
// temporary ES module, imports it, then deletes it.
// Usage: node --expose-gc bench/run.mjs bench/matcher.ts [args...]

import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node bench/run.mjs <entry.ts> [args...]');
  process.exit(2);
}

// The repository's own `.mjs` scripts find files relative to where they are (scripts/paths.mjs):
// they are imported from their place rather than copied into the temporary bundle.
const scriptsInPlace = {
  name: 'scripts-in-place',
  setup(build) {
    build.onResolve({ filter: /\.mjs$/ }, (args) => ({
      path: pathToFileURL(resolve(args.resolveDir, args.path)).href,
      external: true,
    }));
  },
};

const result = await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  plugins: [scriptsInPlace],
  // Bundled CommonJS dependencies (happy-dom's) may `require` Node's built-in modules.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const dir = await mkdtemp(join(tmpdir(), 'context-cards-bench-'));
const file = join(dir, 'entry.mjs');
try {
  await writeFile(file, result.outputFiles[0].text);
  await import(pathToFileURL(file).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
