import type { DraftSummary } from '../lib/settings/editor-drafts';
import { useTranslate } from './use-translate';

/** A draft made earlier from the same page, offered back. */
export function DraftOffer(props: {
  offer: DraftSummary;
  formatDate(ms: number): string;
  onTake(): void;
  onDecline(): void;
}) {
  const t = useTranslate();
  return (
    <section class="editor-offer" aria-labelledby="editor-offer-heading">
      <h2 id="editor-offer-heading">{t('editorOfferHeading')}</h2>
      <p>
        {t(
          'editorOfferText',
          props.offer.title,
          props.formatDate(props.offer.updatedAt),
          props.offer.entryCount,
        )}
      </p>
      <div class="editor-actions">
        <button type="button" class="editor-primary" onClick={props.onTake}>
          {t('editorOfferTake')}
        </button>
        <button type="button" onClick={props.onDecline}>
          {t('editorOfferDecline')}
        </button>
      </div>
    </section>
  );
}
