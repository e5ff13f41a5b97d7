/**
 * The editor's drafts, in `local:` storage (they hold a whole article and stay on this device):
 * one item per draft (`editor-draft/<id>`) and an index that lists them (`editor-drafts`), so
 * the options page and the editor find a draft without reading every article. A draft is written
 * before the index that lists it, so the index never names a draft that is not there; a write
 * that fails (storage full) leaves the previous copy of that draft as it was.
 */
import { storage } from 'wxt/utils/storage';
import type { Draft } from '../editor/editor-types';

/** What the index says of a draft. */
export interface DraftSummary {
  readonly id: string;
  readonly title: string;
  /** The page the article came from; empty for pasted text. */
  readonly url: string;
  readonly entryCount: number;
  readonly updatedAt: number;
  /** The imported dataset it was saved as or reopened from, if any. */
  readonly datasetId?: string;
}

const index = storage.defineItem<DraftSummary[]>('local:editor-drafts', { fallback: [] });
const draftItem = (id: string) => storage.defineItem<Draft>(`local:editor-draft/${id}`);

/** Every draft, most recently changed first; an unreadable index reads as none. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const list = await index.getValue().catch(() => []);
  return Array.isArray(list) ? [...list].sort((a, b) => b.updatedAt - a.updatedAt) : [];
}

/** One draft, or null when it is not there. */
export async function readDraft(id: string): Promise<Draft | null> {
  const draft = await draftItem(id).getValue();
  return draft && typeof draft === 'object' && Array.isArray(draft.entries) ? draft : null;
}

/** Stores a draft and lists it; rejects (and changes nothing of that draft) when storage refuses. */
export async function writeDraft(draft: Draft): Promise<void> {
  await draftItem(draft.id).setValue(draft);
  const summary: DraftSummary = {
    id: draft.id,
    title: draft.title || draft.article.title,
    url: draft.article.url,
    entryCount: draft.entries.length,
    updatedAt: draft.updatedAt,
    ...(draft.datasetId ? { datasetId: draft.datasetId } : {}),
  };
  const others = (await listDrafts()).filter((other) => other.id !== draft.id);
  await index.setValue([summary, ...others]);
}

/** Removes a draft: first from the index. */
export async function removeDraft(id: string): Promise<void> {
  await index.setValue((await listDrafts()).filter((other) => other.id !== id));
  await draftItem(id).removeValue();
}

/** The latest draft made from the page at `url`, if any. */
export async function draftForUrl(url: string): Promise<DraftSummary | null> {
  if (!url) return null;
  return (await listDrafts()).find((draft) => draft.url === url) ?? null;
}

/** The latest draft saved as (or reopened from) the imported dataset `datasetId`, if any. */
export async function draftForDataset(datasetId: string): Promise<DraftSummary | null> {
  return (await listDrafts()).find((draft) => draft.datasetId === datasetId) ?? null;
}

/** Calls `changed` when the list of drafts changes; returns a function that stops it. */
export function watchDrafts(changed: () => void): () => void {
  return index.watch(() => changed());
}
