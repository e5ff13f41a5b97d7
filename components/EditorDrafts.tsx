import type { OptionsActions } from '../lib/options/options-actions';
import type { DraftSummary } from '../lib/settings/editor-drafts';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';

/** The story editor on the options page: a new draft, and the drafts kept so far. */
export function EditorDrafts(props: {
  drafts: readonly DraftSummary[];
  actions: OptionsActions;
  formatDate(ms: number): string;
}) {
  const t = useTranslate();
  const { actions } = props;
  return (
    <section class="section" aria-labelledby="editor-drafts-heading">
      <h2 id="editor-drafts-heading">{t('editorOptionsHeading')}</h2>
      <p class="hint">{t('editorOptionsIntro')}</p>
      <button type="button" class="button" onClick={() => void actions.openEditor('')}>
        {t('editorOptionsNew')}
      </button>
      {props.drafts.length > 0 && (
        <>
          <h3>{t('editorOptionsDrafts')}</h3>
          <ul class="datasets" aria-label={t('editorOptionsDrafts')}>
            {props.drafts.map((draft) => {
              // An untitled draft is named by its page, so its buttons say which draft they act on.
              const name = draft.title || draft.url || draft.id;
              return (
                <li key={draft.id} class="dataset">
                  <div class="dataset-text">
                    <p class="dataset-title">{name}</p>
                    <p class="hint">{props.formatDate(draft.updatedAt)}</p>
                  </div>
                  <ActionButton
                    class="button button-quiet"
                    onClick={() =>
                      void actions.openEditor(`?draft=${encodeURIComponent(draft.id)}`)
                    }
                    target={name}
                  >
                    {t('editorOptionsOpenDraft')}
                  </ActionButton>
                  <ActionButton
                    class="button button-quiet"
                    onClick={() => void actions.removeDraft(draft.id)}
                    target={name}
                  >
                    {t('editorOptionsDeleteDraft')}
                  </ActionButton>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
