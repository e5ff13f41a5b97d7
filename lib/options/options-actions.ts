import { browser } from 'wxt/browser';
import { bundledDataset } from '../dataset';
import type { ImportVerdict } from '../dataset-import/check-import';
import { checkImport } from '../dataset-import/check-import';
import { MAX_IMPORT_FILE_BYTES } from '../dataset-import/import-limits';
import type { FileProblem } from '../settings/file-envelope';
import { MAX_FILE_LENGTH } from '../settings/file-envelope';
import {
  readImportedDatasets,
  removeImportedDataset,
  saveImportedDataset,
  setImportedDatasetEnabled,
} from '../settings/imported-datasets';
import { removeDraft } from '../settings/editor-drafts';
import { resetSettings, writeSetting } from '../settings/settings';
import { readBackup, restoreBackup } from '../settings/settings-backup';
import type { SettingsFileVerdict } from '../settings/settings-file';
import { parseSettingsFile, settingsFileText } from '../settings/settings-file';
import type { SiteListFileVerdict } from '../settings/site-list-file';
import { parseSiteListFile } from '../settings/site-list-file';
import { putSite, removeSite, replaceSites } from '../settings/site-lists';
import type { Settings } from '../settings/values';
import type { SiteList, SiteRule } from '../sites/site-rules';
import type { FileText } from './file-text';
import { decodeFileText } from './file-text';

/** A file the reader picked or dropped. */
export interface PickedFile {
  readonly name: string;
  /** Its size in bytes. */
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the options page can change. Every change reaches open tabs through storage. */
export interface OptionsActions {
  setSetting<K extends keyof Settings>(name: K, value: Settings[K]): Promise<void>;
  resetSettings(): Promise<void>;
  /** Adds a site to a list, or changes its subdomains; rejects past the list's limit. */
  putSite(list: SiteList, rule: SiteRule): Promise<void>;
  removeSite(list: SiteList, host: string): Promise<void>;
  /** Replaces a list with a site list file's, when all of the file is valid. */
  importSiteList(list: SiteList, file: PickedFile): Promise<SiteListFileVerdict>;
  /** Checks a dataset file and stores it when it may be imported. */
  importDataset(file: PickedFile): Promise<ImportVerdict>;
  setDatasetEnabled(id: string, enabled: boolean): Promise<void>;
  removeDataset(id: string): Promise<void>;
  /** Opens the story editor in a new tab; `query` is its query string (`?dataset=<id>`…). */
  openEditor(query: string): Promise<void>;
  /** Deletes one of the editor's drafts. */
  removeDraft(id: string): Promise<void>;
  /** The text of the file of all settings. */
  exportSettings(): Promise<string>;
  /** Applies a settings file, when all of it is valid. */
  importSettings(file: PickedFile): Promise<SettingsFileVerdict>;
}

// A settings or site list file refused as a whole: over its limit (by its size alone, without
// reading it into memory), or not text.
const refused = (problem: FileProblem['problem']) => ({
  ok: false as const,
  problems: [{ path: '', problem }],
});

// Read as bytes and decoded strictly, so that a file in another encoding is refused, not mangled.
const readText = async (file: PickedFile): Promise<FileText> =>
  decodeFileText(new Uint8Array(await file.arrayBuffer()));

/** The options page's actions on extension storage. */
export const storageOptionsActions: OptionsActions = {
  setSetting: writeSetting,
  resetSettings,
  putSite,
  removeSite,
  async importSiteList(list, file) {
    if (file.size > MAX_FILE_LENGTH) return refused('too-large');
    const read = await readText(file);
    if (!read.ok) return refused(read.problem);
    const verdict = parseSiteListFile(read.text);
    if (verdict.ok) await replaceSites(list, verdict.sites);
    return verdict;
  },
  async importDataset(file) {
    const [read, imported] = await Promise.all([
      file.size > MAX_IMPORT_FILE_BYTES ? ({ ok: true, text: '' } as const) : readText(file),
      readImportedDatasets('all'),
    ]);
    if (!read.ok) return { ok: false, problem: read.problem };
    const verdict = checkImport({
      text: read.text,
      fileBytes: file.size,
      bundled: bundledDataset,
      imported,
      now: Date.now(),
    });
    if (verdict.ok) await saveImportedDataset(verdict.imported);
    return verdict;
  },
  setDatasetEnabled: setImportedDatasetEnabled,
  removeDataset: removeImportedDataset,
  async openEditor(query) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/editor.html${query}`) });
  },
  removeDraft,
  exportSettings: async () => settingsFileText(await readBackup()),
  async importSettings(file) {
    if (file.size > MAX_FILE_LENGTH) return refused('too-large');
    const read = await readText(file);
    if (!read.ok) return refused(read.problem);
    const verdict = parseSettingsFile(read.text);
    if (verdict.ok) await restoreBackup(verdict.backup);
    return verdict;
  },
};
