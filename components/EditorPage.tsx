import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { SelectionRead } from '../lib/editor/article-frame';
import { datasetFromDraft } from '../lib/editor/draft-dataset';
import * as ops from '../lib/editor/draft-ops';
import type { EditorService } from '../lib/editor/editor-service';
import { ArticleFrame } from './ArticleFrame';
import { DraftOffer } from './DraftOffer';
import { EntryList } from './EntryList';
import { PasteArticle } from './PasteArticle';
import { SaveBar } from './SaveBar';
import { StoryFields } from './StoryFields';
import { SuggestionList } from './SuggestionList';
import type { useEditor } from './use-editor';
import { useTranslate } from './use-translate';

/** What the editor page is drawn from. */
export interface EditorPageProps {
  editor: ReturnType<typeof useEditor>;
  service: EditorService;
  formatDate(ms: number): string;
  download(filename: string, text: string): void;
}

/** The editor: the article on one side; the story, suggestions and entries on the other. */
export function EditorPage({ editor, service, formatDate, download }: EditorPageProps) {
  const t = useTranslate();
  const { open, change, problems } = editor;
  const draft = open!.draft;
  const selectionRef = useRef<() => SelectionRead>(() => ({ ok: false, why: 'none' }));
  const onSelectionReader = useCallback((read: () => SelectionRead) => {
    selectionRef.current = read;
  }, []);
  const article = draft.article;
  const suggestions = useMemo(() => service.suggest(article), [service, article]);
  const quotations = useMemo(() => service.quotations(article), [service, article]);
  // The names suggestions were found under, for their rows' labels once the author renames them.
  const found = useMemo(() => new Map(suggestions.map((s) => [s.id, s.name])), [suggestions]);
  const offered = ops.offeredSuggestions(suggestions, draft);
  const dataset = useMemo(() => datasetFromDraft(draft), [draft]);
  return (
    <div class="editor">
      <header class="editor-header">
        <h1>{t('editorHeading')}</h1>
        <SaveBar
          store={editor.store}
          problems={problems}
          verdict={editor.verdict}
          onSave={() => void editor.saveDataset()}
          onExport={() => {
            const file = editor.datasetFile();
            if (file) download(file.filename, file.text);
          }}
        />
      </header>
      {open!.offer && (
        <DraftOffer
          offer={open!.offer}
          formatDate={formatDate}
          onTake={() => void editor.takeOffer()}
          onDecline={editor.declineOffer}
        />
      )}
      <div class="editor-columns">
        <div class="editor-article-pane">
          {open!.paste || article.paragraphs.length === 0 ? (
            <PasteArticle from={open!.paste?.from ?? article.url} onUse={editor.usePasted} />
          ) : (
            <ArticleFrame
              article={article}
              dataset={dataset}
              onSelectionReader={onSelectionReader}
            />
          )}
        </div>
        <div class="editor-panel">
          <StoryFields
            draft={draft}
            problems={problems}
            onChange={(field, value) => change((current) => ({ ...current, [field]: value }))}
          />
          <EntryList
            draft={draft}
            problems={problems}
            quotations={quotations}
            readSelection={() => selectionRef.current()}
            change={change}
          />
          <SuggestionList
            suggestions={offered}
            entries={draft.entries}
            foundAs={found}
            onAccept={(suggestion) => change((d) => ops.acceptSuggestion(d, suggestion))}
            onMerge={(suggestion, into) => change((d) => ops.mergeSuggestion(d, suggestion, into))}
            onRename={(id, name) => change((d) => ops.editSuggestion(d, id, { name }))}
            onKind={(id, kind) => change((d) => ops.editSuggestion(d, id, { kind }))}
            onDismiss={(id) => change((d) => ops.dismissSuggestion(d, id))}
          />
        </div>
      </div>
    </div>
  );
}
