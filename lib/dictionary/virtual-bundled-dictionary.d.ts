// The bundled dataset's dictionary, compiled at build time by scripts/bundled-dictionary-plugin.ts.
declare module 'virtual:bundled-dictionary' {
  import type { CompiledDictionary } from './compiled-dictionary';

  const dictionary: CompiledDictionary;
  export default dictionary;
}
