// The first stage's scout table (lib/scout/scout-table.ts): built at build time for the bundled
// dataset exactly as the background builds it for imported ones, and refused when stored damaged
// or stale.

import bundled from 'virtual:bundled-dictionary';
import bundledScout from 'virtual:bundled-scout';
import { describe, expect, test } from 'vitest';
import { bundledPart } from '../../lib/catalog/bundled-catalog';
import { Catalog } from '../../lib/catalog/catalog';
import { importedPart } from '../../lib/catalog/load-catalog';
import { compileDictionary } from '../../lib/dictionary/compiled-dictionary';
import { validateDataset } from '../../lib/dataset/validate';
import { scoutTableOf } from '../../lib/scout/build-scout-table';
import type { ScoutTable } from '../../lib/scout/scout-table';
import { decodeRuns, encodeRuns, readScoutTable } from '../../lib/scout/scout-table';
import { StoryEvidence } from '../../lib/scout/story-evidence';
import { bundledDictionaryPlugin } from '../../scripts/bundled-dictionary-plugin';
import { exampleDataset } from './example-datasets';

const tableOf = (compiled: typeof bundled) => scoutTableOf(compiled, bundled.checksum);

function importedTable(): ScoutTable {
  const checked = validateDataset(exampleDataset('valid'));
  if (!checked.ok) throw new Error('the valid example is not valid');
  const info = { id: 'example', name: 'Example', enabled: true, importedAt: 0 } as never;
  const catalog = new Catalog([bundledPart, importedPart({ info, dataset: checked.dataset })]);
  return tableOf(compileDictionary(catalog, bundled.checksum));
}

function mayShow(table: ScoutTable, text: string): boolean {
  const evidence = new StoryEvidence(table);
  evidence.read(text);
  return evidence.mayShow(true);
}

test('the build serves the table the background would build', () => {
  const plugin = bundledDictionaryPlugin();
  const id = (plugin.resolveId as (id: string) => string)('virtual:bundled-scout');
  const load = plugin.load as (this: { addWatchFile(path: string): void }, id: string) => string;
  const code = load.call({ addWatchFile: () => undefined }, id);
  expect(JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''))).toEqual(
    tableOf(bundled),
  );
  expect(bundledScout).toEqual(tableOf(bundled));
  expect(bundledScout.bundled).toBe(bundled.checksum);
});

test('runs read back as they were written', () => {
  const runs = [
    [0, 1],
    [35, 36, 1_295, 1_296],
    [2, 0, 0],
  ];
  const flat = [1, 0, 1, 3, 35, 36, 1_295, 1_296, 2, 2, 0, 0];
  expect(encodeRuns(runs)).toBe('0 1,z 10 zz 100,2 0 0');
  expect([...decodeRuns(encodeRuns(runs))!]).toEqual(flat);
  expect([...decodeRuns('')!]).toEqual([]);
});

test('stop phrases name nothing: only aliases are in the table', () => {
  // "Washington Post" is a stop phrase of Washington; "trump card" of Trump.
  expect(mayShow(bundledScout, 'He read the Washington Post and played a trump card.')).toBe(false);
});

describe('with an imported story', () => {
  const table = importedTable();

  test('a distinctive entry of the imported story may show itself', () => {
    expect(mayShow(table, 'Mayor Inês Carvalho opened the plant.')).toBe(true);
    expect(mayShow(bundledScout, 'Mayor Inês Carvalho opened the plant.')).toBe(false);
  });

  test('one everyday entry of it alone shows nothing', () => {
    expect(mayShow(table, 'The town council met.')).toBe(false);
  });

  test('the bundled story is still there', () => {
    expect(mayShow(table, 'Claudia Sheinbaum rejected the strikes.')).toBe(true);
  });
});

describe('reading a stored table', () => {
  const stored = JSON.parse(JSON.stringify(importedTable())) as ScoutTable;

  test('an intact one built with this bundled dictionary is read', () => {
    expect(readScoutTable(stored, bundled.checksum)).toEqual(stored);
  });

  test.each([
    ['nothing', null],
    ['another format', { ...stored, format: 1 }],
    ['built with another bundled dictionary', { ...stored, bundled: 'ffffffff' }],
    ['a run naming a word that is not there', { ...stored, paths: `0 ${(99_999).toString(36)}` }],
    ['a run naming an entry that is not there', { ...stored, paths: `${(99_999).toString(36)} 0` }],
    ['a run of an entry and no word', { ...stored, paths: '0 1,2' }],
    ['runs of the first format', { ...stored, paths: [[0, 1]] }],
    ['runs that are not base 36', { ...stored, paths: '0 1,0 Z' }],
    ['an empty run', { ...stored, paths: '0 1,,0 2' }],
    ['entries that are not numbers', { ...stored, entries: ['x', 0, 0] }],
    ['entries cut short', { ...stored, entries: stored.entries.slice(1) }],
    ['words that are not strings', { ...stored, words: [1] }],
    ['no threshold', { ...stored, threshold: undefined }],
  ])('%s is refused', (_, value) => {
    expect(readScoutTable(value, bundled.checksum)).toBeNull();
  });
});
