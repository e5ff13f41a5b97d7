// The dictionary every page reads, compiled ahead of time: it must find exactly what compiling
// the same datasets in the page would find, and a damaged or stale stored copy must never be
// used.
import { readFileSync } from 'node:fs';
import bundled from 'virtual:bundled-dictionary';
import { describe, expect, test } from 'vitest';
import { bundledCatalog, bundledPart } from '../../lib/catalog/bundled-catalog';
import { Catalog } from '../../lib/catalog/catalog';
import { importedPart } from '../../lib/catalog/load-catalog';
import { checksumOf } from '../../lib/dictionary/checksum';
import type { CompiledDictionary } from '../../lib/dictionary/compiled-dictionary';
import {
  chooseDictionary,
  compileDictionary,
  readCompiledDictionary,
} from '../../lib/dictionary/compiled-dictionary';
import { Dictionary } from '../../lib/dictionary/dictionary';
import type { Dataset } from '../../lib/dataset/types';
import { validateDataset } from '../../lib/dataset/validate';
import { compileMatcher } from '../../lib/matcher';
import { bundledDictionaryPlugin } from '../../scripts/bundled-dictionary-plugin';
import { ARTICLE } from '../shared-material';
import { exampleDataset } from './example-datasets';

const article = ARTICLE.present ? readFileSync(ARTICLE.path, 'utf8') : '';
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
// Texts that exercise stop phrases, capitals, inflections, Spanish and punctuation.
const TEXTS = [
  article,
  fixture('matching.html'),
  fixture('unrelated.html'),
  'SHEINBAUM AND TRUMP meet. His trump card; the Washington Post; EE. UU. y los cárteles.',
  'Los cárteles de la droga, las organizaciones terroristas extranjeras y el Pacífico.',
  'Strikes on drug boats in the U.S. The Trump administration said.',
  'El gobierno de EU y México; the EU leaders met. Un acuerdo pacífico en el Pacífico.',
];

const importedExample = (): Dataset => {
  const checked = validateDataset(exampleDataset('valid'));
  if (!checked.ok) throw new Error('the valid example is not valid');
  return checked.dataset;
};
const catalogWithImport = () =>
  new Catalog([
    bundledPart,
    importedPart({
      info: {
        id: 'example',
        name: 'Example',
        enabled: true,
        evidenceChecked: false,
        importedAt: 0,
        entryCount: 0,
      } as never,
      dataset: importedExample(),
    }),
  ]);

describe('a compiled dictionary', () => {
  test.each([
    ['the bundled dataset', bundledCatalog],
    ['the bundled dataset with an imported one', catalogWithImport],
  ])('finds exactly what compiling %s in the page finds', (_, makeCatalog) => {
    const catalog = makeCatalog();
    const direct = compileMatcher(catalog.matcherTerms());
    const body = readCompiledDictionary(JSON.parse(JSON.stringify(compileDictionary(catalog))));
    expect(body).not.toBeNull();
    const compiled = new Dictionary(body!).matcher;
    expect(compiled.termCount).toBe(direct.termCount);
    for (const text of TEXTS) expect(compiled.find(text)).toEqual(direct.find(text));
    expect(direct.find(TEXTS[3]!).length).toBeGreaterThan(2);
    // "EU" is the United States beside Spanish small words only: the context travels compiled.
    expect(compiled.find(TEXTS.at(-1)!).map((m) => m.alias)).toContain('EU');
  });

  test('knows every entry’s kind, relevance and story', () => {
    const catalog = catalogWithImport();
    const dictionary = new Dictionary(readCompiledDictionary(compileDictionary(catalog))!);
    for (const entry of catalog.all()) {
      expect(dictionary.kindOf(entry.id)).toBe(catalog.kindOf(entry.id));
      expect(dictionary.relevanceOf(entry.id)).toBe(catalog.relevanceOf(entry.id));
      expect(dictionary.storyOf(entry.id)).toBe(catalog.storyOf(entry.id));
    }
    expect(dictionary.storyOf('example/' + importedExample().entries[0]!.id)).toBe('example');
  });

  test('the bundled one is built at build time from assets/dataset.json', async () => {
    const plugin = bundledDictionaryPlugin();
    const id = (plugin.resolveId as (id: string) => string)('virtual:bundled-dictionary');
    const load = plugin.load as (this: { addWatchFile(path: string): void }, id: string) => string;
    const code = load.call({ addWatchFile: () => undefined }, id);
    expect(JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''))).toEqual(
      compileDictionary(bundledCatalog()),
    );
    expect(bundled).toEqual(compileDictionary(bundledCatalog()));
  });
});

describe('reading a stored dictionary', () => {
  const stored = compileDictionary(catalogWithImport(), bundled.checksum);
  const bundledBody = readCompiledDictionary(bundled)!;

  test('an intact copy built with this bundled dataset is used', () => {
    expect(chooseDictionary(stored, bundled)).toEqual(readCompiledDictionary(stored));
    expect(chooseDictionary(stored, bundled)).not.toEqual(bundledBody);
  });

  test.each<[string, unknown]>([
    ['nothing stored', null],
    ['a string', 'compiled'],
    ['another format', { ...stored, format: 2 }],
    ['a body cut short', { ...stored, body: stored.body.slice(0, -10) }],
    ['a body changed by hand', { ...stored, body: stored.body.replace('"person"', '"place"') }],
    [
      'a body that is JSON but not a dictionary',
      { ...stored, body: '{"entries":1}', checksum: checksumOf('{"entries":1}') },
    ],
    ['a copy built with another bundled dataset', { ...stored, bundled: '00000000' }],
  ])('%s gives the bundled dictionary', (_, value) => {
    expect(chooseDictionary(value, bundled)).toEqual(bundledBody);
  });

  test('a bundled dictionary that is not one is an error, not a page without names', () => {
    const damaged: CompiledDictionary = { ...bundled, body: '{"entries":1}' };
    expect(() => chooseDictionary(null, damaged)).toThrow();
  });
});
