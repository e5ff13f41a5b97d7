// What `virtual:bundled-dictionary` is in Vitest: the bundled dataset's dictionary, compiled as
// the build's plugin compiles it (tests/unit/compiled-dictionary.test.ts holds them equal).
import { bundledCatalog } from '../lib/catalog/bundled-catalog';
import { compileDictionary } from '../lib/dictionary/compiled-dictionary';

export default compileDictionary(bundledCatalog());
