import type { Ref } from 'preact';
import type { CardModel } from '../lib/card/card-model';
import { countMessage } from '../lib/i18n/translate';
import { EntryCard } from './EntryCard';
import { useTranslate } from './use-translate';

/** The hover card's props: its model, and a ref to its dialog element. */
export interface ContextCardProps extends CardModel {
  /** Ref to the dialog element, which the page layer positions and focuses. */
  dialogRef?: Ref<HTMLDivElement>;
}

const TITLE_ID = 'context-card-title';

/**
 * The card shown for a mention: a non-modal dialog named after its entry, with the entry's
 * context, a way back after following a related entry, the entry's mentions on the page with
 * previous and next, and the source of it all.
 */
export function ContextCard({ dialogRef, ...props }: ContextCardProps) {
  const t = useTranslate();
  const { entry, position, backTo } = props;
  const { index, total } = position;
  const hasPrevious = total > 0 && index !== 1;
  const hasNext = total > 0 && index !== total;
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      ref={dialogRef}
      data-kind={entry.kind}
      onKeyDown={(event) => {
        // The page never sees keys pressed in the card (see the card host), so Esc is ours here.
        if (event.key === 'Escape') props.onClose();
      }}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next)) props.onFocusLeave();
      }}
    >
      <div class="card-bar">
        {backTo !== null && (
          <button type="button" class="card-back" onClick={props.onBack}>
            <span aria-hidden="true">← </span>
            {t('cardBack', backTo)}
          </button>
        )}
        <button
          type="button"
          class="card-close"
          aria-label={t('cardClose')}
          title={t('cardClose')}
          onClick={props.onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <EntryCard
        entry={entry}
        nameOf={props.nameOf}
        titleId={TITLE_ID}
        onRelated={props.onRelated}
      />
      <nav class="card-mentions" aria-label={t('cardMentionsNav')}>
        <button
          type="button"
          class="card-step"
          aria-label={t('cardPreviousMention')}
          title={t('cardPreviousMention')}
          disabled={!hasPrevious}
          onClick={props.onPrevious}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <span class="card-position" aria-live="polite">
          {total === 0
            ? t('cardNotOnPage')
            : index === null
              ? countMessage(t, total, 'cardMentionsOne', 'cardMentionsOther')
              : t('cardMentionPosition', index, total)}
        </span>
        <button
          type="button"
          class="card-step"
          aria-label={t('cardNextMention')}
          title={t('cardNextMention')}
          disabled={!hasNext}
          onClick={props.onNext}
        >
          <span aria-hidden="true">›</span>
        </button>
      </nav>
      <footer class="card-source">
        <p>{t('cardSource', entry.origin.source.title, entry.origin.source.kind)}</p>
        {entry.origin.evidenceChecked && <p>{t('cardEvidenceChecked')}</p>}
      </footer>
    </div>
  );
}
