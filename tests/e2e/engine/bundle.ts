import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The engine harness bundled into one script for `page.addScriptTag`. */
export async function engineBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./harness.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
