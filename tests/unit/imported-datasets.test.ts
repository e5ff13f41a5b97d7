import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadCatalog, watchCatalog } from '../../lib/catalog/load-catalog';
import { bundledDataset } from '../../lib/dataset';
import { checkImport } from '../../lib/dataset-import/check-import';
import type { ImportedDataset } from '../../lib/dataset-import/imported-dataset';
import {
  listImportedDatasets,
  readImportedDatasets,
  readImportedSource,
  removeImportedDataset,
  saveImportedDataset,
  setImportedDatasetEnabled,
} from '../../lib/settings/imported-datasets';
import { exampleDataset, exampleText } from './example-datasets';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const ID = 'valmora-votes-to-take-back-its-water';

function importOf(input: unknown, now = 1000): ImportedDataset {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  const verdict = checkImport({
    text,
    fileBytes: text.length,
    bundled: bundledDataset,
    imported: [],
    now,
  });
  if (!verdict.ok) throw new Error(JSON.stringify(verdict));
  return verdict.imported;
}

const localKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).sort();

describe('storing imported datasets', () => {
  test('a saved dataset is listed; its entries and its source text have keys of their own', async () => {
    const valmora = importOf(exampleText('valid'));
    const { info, dataset, sourceText } = valmora;
    expect(sourceText).toEqual(expect.any(String));
    const written = vi.spyOn(fakeBrowser.storage.local, 'set');
    await saveImportedDataset(valmora);
    // One write: a page never finds the index without the entries, nor the text without them.
    expect(written).toHaveBeenCalledTimes(1);
    expect(await listImportedDatasets()).toEqual([info]);
    // Pages read the entries only, never the article.
    expect(await readImportedDatasets('all')).toEqual([{ info, dataset }]);
    expect(await readImportedSource(ID)).toBe(sourceText);
    expect(await localKeys()).toEqual([
      `imported-dataset/${ID}`,
      'imported-datasets',
      `imported-source/${ID}`,
    ]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('a dataset with the same id replaces the earlier one, and its source text', async () => {
    await saveImportedDataset(importOf(exampleText('valid'), 1));
    const again = importOf(exampleText('valid'), 2);
    await saveImportedDataset(again);
    expect(await listImportedDatasets()).toEqual([again.info]);
    // Replaced by a file without a text, the earlier text goes: it would not match the entries.
    await saveImportedDataset(
      importOf(
        exampleDataset('valid', (d) => delete d.source.text),
        3,
      ),
    );
    expect(await readImportedSource(ID)).toBeNull();
    expect(await localKeys()).toEqual([`imported-dataset/${ID}`, 'imported-datasets']);
  });

  test('turned off, it is still listed but no longer read for pages', async () => {
    await saveImportedDataset(importOf(exampleText('valid')));
    await setImportedDatasetEnabled(ID, false);
    expect((await listImportedDatasets())[0]?.enabled).toBe(false);
    expect(await readImportedDatasets('enabled')).toEqual([]);
    expect(await readImportedDatasets('all')).toHaveLength(1);
  });

  test('removed, nothing of it is left', async () => {
    await saveImportedDataset(importOf(exampleText('valid')));
    await removeImportedDataset(ID);
    expect(await listImportedDatasets()).toEqual([]);
    expect(await localKeys()).toEqual(['imported-datasets']);
  });

  test('invalid records and datasets whose entries are missing or corrupt are left out', async () => {
    const valmora = importOf(exampleText('valid'));
    const other = { ...valmora.info, id: 'other', title: 'Other' };
    await fakeBrowser.storage.local.set({
      'imported-datasets': [valmora.info, { id: 'Bad Id' }, valmora.info, other, 'x'],
      [`imported-dataset/${ID}`]: valmora.dataset,
      'imported-dataset/other': { version: 1, entries: 'none' },
    });
    expect((await listImportedDatasets()).map((info) => info.id)).toEqual([ID, 'other']);
    expect((await readImportedDatasets('all')).map(({ info }) => info.id)).toEqual([ID]);
  });

  test('a dataset stored in an earlier format is migrated and checked when read', async () => {
    const valmora = importOf(exampleText('valid'));
    await fakeBrowser.storage.local.set({
      'imported-datasets': [valmora.info],
      [`imported-dataset/${ID}`]: { ...valmora.dataset, version: 1 },
    });
    expect(await readImportedDatasets('all')).toEqual([
      { info: valmora.info, dataset: valmora.dataset },
    ]);
  });
});

describe('the catalog with imported datasets', () => {
  test('holds the bundled entries and those of the datasets turned on, under their own ids', async () => {
    expect((await loadCatalog()).all()).toHaveLength(bundledDataset.entries.length);
    await saveImportedDataset(importOf(exampleText('valid')));
    const catalog = await loadCatalog();
    const mayor = catalog.get(`${ID}/ines-carvalho`);
    expect(mayor?.related).toContain(`${ID}/valmora-town-council`);
    expect(mayor?.quotes[0]?.speaker).toBe(`${ID}/ines-carvalho`);
    expect(mayor?.origin).toMatchObject({ id: ID, evidenceChecked: true });
    expect(catalog.get('claudia-sheinbaum')?.origin.id).toBe('bundled');
    expect(catalog.matcherTerms()).toContainEqual(
      expect.objectContaining({ entryId: `${ID}/aquanorte`, alias: 'AquaNorte' }),
    );
    await setImportedDatasetEnabled(ID, false);
    expect((await loadCatalog()).get(`${ID}/ines-carvalho`)).toBeUndefined();
  });

  test('tells its watchers of every import, switch and removal', async () => {
    const changed = vi.fn();
    const stop = watchCatalog(changed);
    await saveImportedDataset(importOf(exampleText('valid')));
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    await setImportedDatasetEnabled(ID, false);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    await removeImportedDataset(ID);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(3));
    stop();
    await saveImportedDataset(importOf(exampleText('valid')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changed).toHaveBeenCalledTimes(3);
  });

  test('ignores changes to settings', async () => {
    const changed = vi.fn();
    watchCatalog(changed);
    await fakeBrowser.storage.sync.set({ hoverDelayMs: 500 });
    await fakeBrowser.storage.local.set({ 'site-off/example.com': { subdomains: true } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changed).not.toHaveBeenCalled();
  });

  test('a dataset that cannot be read is left out, with a warning, and the rest still loads', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const valmora = importOf(exampleText('valid'));
    const broken = { ...valmora.info, id: 'broken' };
    await fakeBrowser.storage.local.set({
      'imported-datasets': [valmora.info, broken],
      [`imported-dataset/${ID}`]: valmora.dataset,
      // Trusted as the current format, but its first entry has no aliases to read.
      'imported-dataset/broken': { version: 2, source: {}, entries: [{ id: 'x' }] },
    });
    const catalog = await loadCatalog();
    expect(catalog.get(`${ID}/aquanorte`)).toBeDefined();
    expect(catalog.all().some((entry) => entry.origin.id === 'broken')).toBe(false);
    expect(warn).toHaveBeenCalled();
  });

  test('an imported alias that is a bundled stop phrase is highlighted', async () => {
    const { compileMatcher } = await import('../../lib/matcher');
    const post = exampleDataset('valid', (d) => {
      d.source.title = 'Newspapers';
      delete d.source.text;
      d.entries[3]!.aliases = [{ text: 'Washington Post' }];
    });
    await saveImportedDataset(importOf(post));
    const matcher = compileMatcher((await loadCatalog()).matcherTerms());
    const found = matcher.find('The Washington Post said that Washington agreed.');
    expect(found.map((mention) => mention.entryId)).toEqual(['newspapers/aquanorte', 'washington']);
  });
});
