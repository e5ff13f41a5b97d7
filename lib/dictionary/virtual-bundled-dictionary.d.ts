// The bundled dataset's dictionary, compiled at build time by scripts/bundled-dictionary-plugin.ts.
declare module 'virtual:bundled-dictionary' {
  import type { CompiledDictionary } from './compiled-dictionary';

  const dictionary: CompiledDictionary;
  export default dictionary;
}

// The bundled dataset's scout table (lib/scout/scout-table.ts), built beside it.
declare module 'virtual:bundled-scout' {
  import type { ScoutTable } from '../scout/scout-table';

  const table: ScoutTable;
  export default table;
}
