import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { datasetIdOf } from '../lib/dataset-import/dataset-id';
import type { IdentifiedDataset, ImportVerdict } from '../lib/dataset-import/check-import';
import { draftProblems } from '../lib/editor/draft-problems';
import type { Draft } from '../lib/editor/editor-types';
import type { EditorService } from '../lib/editor/editor-service';
import { PendingWrite } from '../lib/options/pending-write';
import type { DraftSummary } from '../lib/settings/editor-drafts';

/** How the draft stands in storage. */
export type StoreState =
  { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

/** The editor's state once it has something to show. */
export interface OpenEditor {
  draft: Draft;
  /** A draft made earlier from the same page, offered back; null once answered. */
  offer: DraftSummary | null;
  /** True when the article must be pasted (nothing could be read); `from` says where from. */
  paste: { from: string } | null;
}

// Typing pauses this long before the draft is written (ArticleFrame waits on its own before
// redrawing the preview).
const WRITE_DELAY_MS = 500;

/**
 * The editor's state and handlers: what it opened with, the draft as the author changes it
 * (written to storage as they type, debounced, and at once when the page is hidden), the
 * problems the import would find, and saving or exporting the draft as a dataset.
 */
export function useEditor(service: EditorService, search: string) {
  const [open, setOpen] = useState<OpenEditor | null>(null);
  const [known, setKnown] = useState<IdentifiedDataset[]>([]);
  const [store, setStore] = useState<StoreState>({ kind: 'idle' });
  const [verdict, setVerdict] = useState<ImportVerdict | null>(null);
  const writer = useRef<PendingWrite<Draft> | null>(null);

  writer.current ??= new PendingWrite<Draft>(
    (draft) => {
      setStore({ kind: 'saving' });
      service.saveDraft(draft).then(
        () => setStore({ kind: 'saved' }),
        (error: unknown) => setStore({ kind: 'failed', message: String(error) }),
      );
    },
    WRITE_DELAY_MS,
    {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle),
    },
  );

  useEffect(() => {
    void service.start(search).then((start) => {
      setOpen({
        draft: start.draft,
        offer: start.kind === 'article' ? start.earlier : null,
        paste: start.kind === 'paste' ? { from: start.url } : null,
      });
    });
    void service.knownDatasets().then(setKnown, () => setKnown([]));
    const flush = () => writer.current?.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [service, search]);

  const change = useCallback((edit: (draft: Draft) => Draft) => {
    setOpen((current) => {
      if (!current) return current;
      const draft = { ...edit(current.draft), updatedAt: Date.now() };
      writer.current?.propose(draft);
      return { ...current, draft };
    });
  }, []);

  const draft = open?.draft ?? null;
  const draftId = draft?.id;
  // The address names the draft, so a reload (or a restored tab) opens this draft again.
  useEffect(() => {
    if (!draftId) return;
    const params = new URLSearchParams(window.location.search);
    if (params.get('draft') === draftId) return;
    params.set('draft', draftId);
    window.history.replaceState(null, '', `?${params.toString()}`);
  }, [draftId]);
  const problems = useMemo(() => {
    if (!draft) return [];
    const id = datasetIdOf(draft.title);
    return draftProblems(
      draft,
      known.filter((other) => other.id !== id),
    );
  }, [draft, known]);

  return {
    open,
    store,
    problems,
    verdict,
    change,
    /** Goes on with the draft offered back. */
    async takeOffer() {
      const earlier = open?.offer && (await service.readDraft(open.offer.id));
      setOpen((current) => current && { ...current, offer: null, draft: earlier || current.draft });
    },
    declineOffer: () => setOpen((current) => current && { ...current, offer: null }),
    /** Takes pasted text as the article. */
    usePasted(text: string) {
      const article = service.pastedArticle(text);
      setOpen((current) => current && { ...current, paste: null });
      change((current) => ({ ...current, article: { ...article, url: current.article.url } }));
    },
    /** Stores the draft as an imported dataset; pages light up. */
    async saveDataset() {
      if (!draft) return;
      writer.current?.flush();
      const result = await service.saveDataset(draft);
      setVerdict(result);
      if (result.ok) {
        change((current) => ({ ...current, datasetId: result.imported.info.id }));
        void service.knownDatasets().then(setKnown, () => undefined);
      }
    },
    datasetFile: () => draft && service.datasetFile(draft),
  };
}
