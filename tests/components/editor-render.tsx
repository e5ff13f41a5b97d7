import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { EditorApp } from '../../components/EditorApp';
import { TranslateContext } from '../../components/use-translate';
import type { EditorService, EditorStart } from '../../lib/editor/editor-service';
import type { ArticleText, Draft, Suggestion } from '../../lib/editor/editor-types';
import { newDraft } from '../../lib/editor/draft-ops';
import type { Translate } from '../../lib/i18n/translate';
import { TRAM_ARTICLE } from '../editor-tram-article';
import { catalogTranslate } from './translate';

afterEach(cleanup);

/** A short article with a quotation. */
export const ARTICLE: ArticleText = TRAM_ARTICLE;

/** What the article suggests: the mayor twice, as the suggester may leave her. */
export const SUGGESTIONS: Suggestion[] = [
  {
    id: 'ines-carvajal',
    name: 'Inés Carvajal',
    kind: 'person',
    forms: ['Inés Carvajal'],
    mentions: 1,
  },
  { id: 'carvajal', name: 'Carvajal', kind: 'person', forms: ['Carvajal'], mentions: 1 },
  { id: 'dana-okafor', name: 'Dana Okafor', kind: 'person', forms: ['Dana Okafor'], mentions: 1 },
];

/** A fake service: starts with `start`, records the drafts written and the datasets saved. */
export function fakeService(start?: EditorStart) {
  const written: Draft[] = [];
  const service = {
    start: vi.fn(
      async () =>
        start ?? { kind: 'article' as const, draft: newDraft('d1', ARTICLE, 1), earlier: null },
    ),
    readDraft: vi.fn(async (id: string) => written.findLast((draft) => draft.id === id) ?? null),
    saveDraft: vi.fn(async (draft: Draft) => void written.push(draft)),
    suggest: vi.fn(() => SUGGESTIONS),
    quotations: vi.fn(() => [{ text: 'The harbor belongs to everyone,', speakerName: 'Carvajal' }]),
    pastedArticle: vi.fn((text: string) => ({
      ...ARTICLE,
      url: '',
      paragraphs: text.split('\n\n'),
    })),
    knownDatasets: vi.fn(async () => []),
    saveDataset: vi.fn(async () => ({
      ok: false as const,
      problem: 'too-many' as const,
      limit: 1,
    })),
    datasetFile: vi.fn(() => ({ filename: 'x.json', text: '{}' })),
  } satisfies EditorService;
  return { service, written };
}

/** Renders the editor with `service` (English unless told) and waits for its heading. */
export async function renderEditor(
  service: EditorService,
  translate: Translate = catalogTranslate(),
) {
  const download = vi.fn<(filename: string, text: string) => void>();
  const view = render(
    <TranslateContext.Provider value={translate}>
      <EditorApp
        service={service}
        search="?tab=3"
        formatDate={(ms) => `t${ms}`}
        download={download}
      />
    </TranslateContext.Provider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { ...view, download };
}
