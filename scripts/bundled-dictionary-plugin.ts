// Compiles the bundled dataset's dictionary at build time (and in the unit tests), so that no
// page ever tokenizes and inflects its aliases: `import bundled from 'virtual:bundled-dictionary'`
// gives the compiled dictionary (see lib/dictionary/compiled-dictionary.ts), and
// `import table from 'virtual:bundled-scout'` the first stage's scout table built from it (see
// lib/scout/scout-table.ts).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { catalogInPlaceOfBundled } from '../lib/catalog/bundled-catalog';
import type { Dataset } from '../lib/dataset/types';
import type { CompiledDictionary } from '../lib/dictionary/compiled-dictionary';
import { compileDictionary, readCompiledDictionary } from '../lib/dictionary/compiled-dictionary';
import { scoutTableOf } from '../lib/scout/build-scout-table';

const MODULES: Record<string, (compiled: CompiledDictionary) => unknown> = {
  'virtual:bundled-dictionary': (compiled) => compiled,
  'virtual:bundled-scout': (compiled) =>
    scoutTableOf(readCompiledDictionary(compiled, true)!, compiled.checksum),
};

/** A Vite plugin serving the bundled dataset's compiled dictionary as a virtual module. */
export function bundledDictionaryPlugin(): Plugin {
  return {
    name: 'context-cards-bundled-dictionary',
    resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
    load(id) {
      const make = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      if (!make) return undefined;
      // Read afresh (not imported): rebuilt when the dataset changes, in dev and in watch mode.
      const path = new URL('../assets/dataset.json', import.meta.url).pathname;
      this.addWatchFile(path);
      const dataset = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
      const catalog = catalogInPlaceOfBundled(dataset);
      return `export default ${JSON.stringify(make(compileDictionary(catalog)))};`;
    },
  };
}
