// Compiles the bundled dataset's dictionary at build time (and in the unit tests), so that no
// page ever tokenizes and inflects its aliases: `import bundled from 'virtual:bundled-dictionary'`
// gives the compiled dictionary (see lib/dictionary/compiled-dictionary.ts).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { catalogInPlaceOfBundled } from '../lib/catalog/bundled-catalog';
import type { Dataset } from '../lib/dataset/types';
import { compileDictionary } from '../lib/dictionary/compiled-dictionary';

const ID = 'virtual:bundled-dictionary';
const RESOLVED = `\0${ID}`;

/** A Vite plugin serving the bundled dataset's compiled dictionary as a virtual module. */
export function bundledDictionaryPlugin(): Plugin {
  return {
    name: 'context-cards-bundled-dictionary',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // Read afresh (not imported): rebuilt when the dataset changes, in dev and in watch mode.
      const path = new URL('../assets/dataset.json', import.meta.url).pathname;
      this.addWatchFile(path);
      const dataset = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
      const catalog = catalogInPlaceOfBundled(dataset);
      return `export default ${JSON.stringify(compileDictionary(catalog))};`;
    },
  };
}
