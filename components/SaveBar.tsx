import type { ImportVerdict } from '../lib/dataset-import/check-import';
import type { DatasetError } from '../lib/dataset/types';
import { countMessage } from '../lib/i18n/translate';
import type { StoreState } from './use-editor';
import { useTranslate } from './use-translate';

/**
 * The draft's state and what can be done with it: whether it is stored, why it cannot be saved
 * yet (the number of problems), Save as a dataset and Export the file.
 */
export function SaveBar(props: {
  store: StoreState;
  problems: readonly DatasetError[];
  verdict: ImportVerdict | null;
  onSave(): void;
  onExport(): void;
}) {
  const t = useTranslate();
  const blocked = props.problems.length > 0;
  const { store, verdict } = props;
  return (
    <div class="editor-savebar">
      <p class="editor-store" role="status">
        {store.kind === 'saving' && t('editorStoreSaving')}
        {store.kind === 'saved' && t('editorStoreSaved')}
        {store.kind === 'failed' && t('editorStoreFailed', store.message)}
      </p>
      <button
        type="button"
        class="editor-primary"
        aria-disabled={blocked}
        aria-describedby="editor-save-why"
        onClick={() => !blocked && props.onSave()}
      >
        {t('editorSave')}
      </button>
      <button type="button" onClick={props.onExport}>
        {t('editorExport')}
      </button>
      <p id="editor-save-why" class="editor-save-why" role="status">
        {blocked
          ? countMessage(t, props.problems.length, 'editorBlockedOne', 'editorBlockedOther')
          : verdict?.ok
            ? t('editorSaved', verdict.imported.info.title)
            : t('editorReady')}
        {verdict && !verdict.ok && ` ${t('editorSaveRefused', verdictProblem(verdict))}`}
      </p>
    </div>
  );
}

function verdictProblem(verdict: Exclude<ImportVerdict, { ok: true }>): string {
  if (verdict.problem === 'invalid') return verdict.errors.map((error) => error.message).join(' ');
  return verdict.problem;
}
