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
import { compileDictionary } from '../lib/dictionary/compiled-dictionary';
import { scoutTableOf } from '../lib/scout/build-scout-table';

const MODULES: Record<string, (compiled: CompiledDictionary) => unknown> = {
  'virtual:bundled-dictionary': (compiled) => compiled,
  'virtual:bundled-scout': (compiled) => scoutTableOf(compiled, compiled.checksum),
};

/** A Vite plugin serving the bundled dataset's compiled dictionary as a virtual module. */
export function bundledDictionaryPlugin(): Plugin {
  // One compilation per dataset text: the content script's stages are built with the same
  // plugin (modules/content-stages.ts), the first taking the scout table, the page stage the
  // dictionary.
  let compiled: { text: string; dictionary: CompiledDictionary } | null = null;
  const compile = (text: string) => {
    if (compiled?.text !== text) {
      const catalog = catalogInPlaceOfBundled(JSON.parse(text) as Dataset);
      compiled = { text, dictionary: compileDictionary(catalog) };
    }
    return compiled.dictionary;
  };
  return {
    name: 'context-cards-bundled-dictionary',
    resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
    load(id) {
      const make = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      if (!make) return undefined;
      // Read afresh (not imported): rebuilt when the dataset changes, in dev and in watch mode.
      const path = new URL('../assets/dataset.json', import.meta.url).pathname;
      this.addWatchFile(path);
      return `export default ${JSON.stringify(make(compile(readFileSync(path, 'utf8'))))};`;
    },
  };
}
