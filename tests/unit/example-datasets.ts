// The example datasets in examples/, which the README offers authors as a starting point, as
// text and as plain objects that tests may change.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;

/** An example dataset: `examples/dataset-<name>.json`. */
export type ExampleName = 'valid' | 'broken';

/** Where the problems of examples/dataset-broken.json are, in the order they are listed. */
export const BROKEN_EXAMPLE_PATHS = [
  'entries[0].description',
  'entries[0].descripton',
  'entries[3].kind',
  'entries[6].aliases',
  'entries[7].facts[0].evidence',
  'entries[8].priority',
];

/** The text of an example dataset file. */
export function exampleText(name: ExampleName): string {
  // A path, not a URL: in happy-dom, `import.meta.url` is not a file URL.
  return readFileSync(join(import.meta.dirname, `../../examples/dataset-${name}.json`), 'utf8');
}

/** A fresh copy of an example dataset; `mutate` may change anything in it. */
export function exampleDataset(
  name: ExampleName,
  mutate: (dataset: { version: unknown; source: Json; entries: Json[] }) => void = () => {},
): { version: unknown; source: Json; entries: Json[] } {
  const dataset = JSON.parse(exampleText(name)) as {
    version: unknown;
    source: Json;
    entries: Json[];
  };
  mutate(dataset);
  return dataset;
}
