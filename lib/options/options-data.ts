import type { Catalog } from '../catalog/catalog';
import { loadCatalog, watchCatalog } from '../catalog/load-catalog';
import type { ImportedDatasetInfo } from '../dataset-import/imported-dataset';
import type { DraftSummary } from '../settings/editor-drafts';
import { listDrafts, watchDrafts } from '../settings/editor-drafts';
import { listImportedDatasets } from '../settings/imported-datasets';
import { watchSettings } from '../settings/settings';
import { listSites, watchSites } from '../settings/site-lists';
import { readSettings } from '../settings/settings';
import type { Settings } from '../settings/values';
import type { SiteList, SiteRule } from '../sites/site-rules';

/** Everything the options page shows. */
export interface OptionsData {
  readonly settings: Settings;
  readonly sites: Readonly<Record<SiteList, readonly SiteRule[]>>;
  readonly datasets: readonly ImportedDatasetInfo[];
  /** The story editor's drafts, most recently changed first. */
  readonly drafts: readonly DraftSummary[];
  /** The entries pages show: the bundled dataset and the imported ones turned on. */
  readonly catalog: Catalog;
}

/** Where the options page reads its data, and learns that it changed. */
export interface OptionsSource {
  read(): Promise<OptionsData>;
  /** Calls `changed` after any change the page shows, made here or in any other context. */
  watch(changed: () => void): () => void;
}

/** The options page's data in extension storage. */
export const storageOptionsSource: OptionsSource = {
  async read() {
    const [settings, off, on, datasets, catalog, drafts] = await Promise.all([
      readSettings(),
      listSites('off'),
      listSites('on'),
      listImportedDatasets(),
      loadCatalog(),
      listDrafts().catch(() => []),
    ]);
    return { settings, sites: { off, on }, datasets, catalog, drafts };
  },
  watch(changed) {
    const stops = [
      watchSettings(changed),
      watchSites(changed),
      watchCatalog(changed),
      watchDrafts(changed),
    ];
    return () => stops.forEach((stop) => stop());
  },
};
