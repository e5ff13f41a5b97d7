/**
 * The editor page's dealings with the browser, passed to it from its entrypoint (as the popup
 * and the options page get theirs): the page's article, the stored drafts, the imported
 * datasets, saving a draft as one and exporting it as a file.
 */
import { bundledDataset } from '../dataset';
import type { IdentifiedDataset, ImportVerdict } from '../dataset-import/check-import';
import { checkImport, knownDatasetsOf } from '../dataset-import/check-import';
import { datasetIdOf } from '../dataset-import/dataset-id';
import {
  readImportedDatasets,
  readImportedSource,
  saveImportedDataset,
} from '../settings/imported-datasets';
import type { DraftSummary } from '../settings/editor-drafts';
import { draftForDataset, draftForUrl, readDraft, writeDraft } from '../settings/editor-drafts';
import { datasetFromDraft, draftFromDataset } from './draft-dataset';
import { newDraft } from './draft-ops';
import type { ArticleText, Draft, Suggestion } from './editor-types';
import { extractArticle } from './extract-article';
import { findQuotations } from './find-quotations';
import { articleFromPastedText } from './pasted-article';
import { requestPageSnapshot } from './request-page-snapshot';
import { suggestEntries } from './suggest-entries';

/** What the editor opens with, from its address. */
export type EditorStart =
  /** A draft to go on with (`?draft=`, or the one saved as `?dataset=`). */
  | { kind: 'draft'; draft: Draft }
  /** A page's article, and the latest draft made from the same page, to offer back. */
  | { kind: 'article'; draft: Draft; earlier: DraftSummary | null }
  /** No article could be read (`url` says from where): the author pastes the text. */
  | { kind: 'paste'; draft: Draft; url: string };

/** What the editor page can ask of the browser. */
export interface EditorService {
  /** Decides what to open for the page's query string (`?tab=`, `?dataset=`, `?draft=`). */
  start(search: string): Promise<EditorStart>;
  readDraft(id: string): Promise<Draft | null>;
  /** Stores a draft; rejects when storage refuses (the previous copy stays). */
  saveDraft(draft: Draft): Promise<void>;
  /** The entries the article suggests, most mentioned first. */
  suggest(article: ArticleText): Suggestion[];
  /** The article's quoted passages, with the speaker it names. */
  quotations(article: ArticleText): { text: string; speakerName?: string }[];
  /** The article of pasted text. */
  pastedArticle(text: string): ArticleText;
  /** The datasets a saved draft must not clash with (the bundled one, the imports), by id. */
  knownDatasets(): Promise<IdentifiedDataset[]>;
  /** Checks the draft as an import would and stores it as an imported dataset when it may. */
  saveDataset(draft: Draft): Promise<ImportVerdict>;
  /** The dataset file of a draft: its name and text. */
  datasetFile(draft: Draft): { filename: string; text: string };
}

const freshId = () => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The editor's service in the extension. */
export const browserEditorService: EditorService = {
  async start(search) {
    const params = new URLSearchParams(search);
    const now = Date.now();
    const draftId = params.get('draft');
    const stored = draftId ? await readDraft(draftId).catch(() => null) : null;
    if (stored) return { kind: 'draft', draft: stored };
    const datasetId = params.get('dataset');
    if (datasetId) return reopenDataset(datasetId, now);
    const tab = Number(params.get('tab'));
    const snapshot = Number.isInteger(tab) && tab >= 0 ? await requestPageSnapshot(tab) : null;
    const article = snapshot ? extractArticle(snapshot) : null;
    if (!article) {
      const empty = articleFromPastedText('');
      const url = snapshot?.url ?? '';
      return { kind: 'paste', draft: newDraft(freshId(), { ...empty, url }, now), url };
    }
    const earlier = await draftForUrl(article.url).catch(() => null);
    return { kind: 'article', draft: newDraft(freshId(), article, now), earlier };
  },
  readDraft: (id) => readDraft(id),
  saveDraft: (draft) => writeDraft(draft),
  pastedArticle: (text) => articleFromPastedText(text),
  suggest: (article) => suggestEntries(article),
  quotations: (article) =>
    findQuotations(article).map(({ text, speakerHint }) => ({ text, speakerName: speakerHint })),
  async knownDatasets() {
    return knownDatasetsOf(bundledDataset, await readImportedDatasets('all'));
  },
  async saveDataset(draft) {
    const text = JSON.stringify(datasetFromDraft(draft));
    const imported = await readImportedDatasets('all');
    const verdict = checkImport({
      text,
      fileBytes: new TextEncoder().encode(text).length,
      bundled: bundledDataset,
      imported,
      now: Date.now(),
    });
    if (verdict.ok) await saveImportedDataset(verdict.imported);
    return verdict;
  },
  datasetFile(draft) {
    const dataset = datasetFromDraft(draft);
    return {
      filename: `${datasetIdOf(dataset.source.title)}.json`,
      text: `${JSON.stringify(dataset, null, 2)}\n`,
    };
  },
};

async function reopenDataset(datasetId: string, now: number): Promise<EditorStart> {
  const saved = await draftForDataset(datasetId).catch(() => null);
  const draft = saved ? await readDraft(saved.id).catch(() => null) : null;
  if (draft) return { kind: 'draft', draft };
  const imported = (await readImportedDatasets('all')).find(({ info }) => info.id === datasetId);
  if (!imported) {
    return { kind: 'paste', draft: newDraft(freshId(), articleFromPastedText(''), now), url: '' };
  }
  // The dataset's entries keep no source text; the import stored it apart when it had one.
  // Without it the author pastes the article again.
  const text = await readImportedSource(datasetId);
  const { dataset } = imported;
  const withText = text === null ? dataset : { ...dataset, source: { ...dataset.source, text } };
  const reopened = draftFromDataset(datasetId, withText, undefined, now);
  if (reopened.article.paragraphs.length > 0) return { kind: 'draft', draft: reopened };
  return { kind: 'paste', draft: reopened, url: '' };
}
