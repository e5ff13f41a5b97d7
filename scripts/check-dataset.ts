// The build's guard: a broken dataset must never ship (wxt.config.ts runs this before building).
import { readFile } from 'node:fs/promises';
import { parseDatasetJson } from '../lib/dataset/validate';

/**
 * Reads the dataset file at `path` and throws, listing every problem the validator finds with
 * its path, when it is not a valid dataset. `name` is how the message calls the file.
 */
export async function checkDatasetFile(path: string | URL, name = String(path)): Promise<void> {
  const result = parseDatasetJson(await readFile(path, 'utf8'));
  if (result.ok) return;
  const lines = result.errors.map(({ path: at, message }) => `  ${at || '(root)'}: ${message}`);
  throw new Error(`${name} is not a valid dataset:\n${lines.join('\n')}`);
}
