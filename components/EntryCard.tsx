import type { CatalogEntry } from '../lib/catalog/catalog';
import { KIND_MESSAGES } from './kind-label';
import { useTranslate } from './use-translate';

/** What an entry card shows, and what it reports. */
export interface EntryCardProps {
  entry: CatalogEntry;
  /** The name of another entry (related entries, speakers); undefined when unknown. */
  nameOf(id: string): string | undefined;
  /** The id of the element that names the card (its heading). */
  titleId: string;
  /** Heading level of the entry's name; the sections use the next level. */
  level?: 2 | 3;
  /** Called when the reader activates a related entry; without it they are not buttons. */
  onRelated?(id: string): void;
}

/**
 * The context of one entry: its kind, name and description, what the story says about it with
 * the article's words as evidence, its quotations and its related entries. Every dataset string
 * is rendered as text, never as HTML.
 */
export function EntryCard({ entry, nameOf, titleId, level = 2, onRelated }: EntryCardProps) {
  const t = useTranslate();
  const Title = level === 2 ? 'h2' : 'h3';
  const Section = level === 2 ? 'h3' : 'h4';
  const related = entry.related.flatMap((id) => {
    const name = nameOf(id);
    return name ? [{ id, name }] : [];
  });
  return (
    <article class="entry" data-kind={entry.kind}>
      <p class="entry-kind">
        <span class="kind-dot" aria-hidden="true" />
        {t(KIND_MESSAGES[entry.kind])}
      </p>
      <Title class="entry-name" id={titleId}>
        {entry.name}
      </Title>
      <p class="entry-description">{entry.description}</p>
      {entry.facts.length > 0 && (
        <section class="entry-section">
          <Section>{t('cardInThisStory')}</Section>
          <ul class="facts">
            {entry.facts.map((fact) => (
              <li key={fact.text}>
                <p>{fact.text}</p>
                <blockquote class="evidence" aria-label={t('cardEvidence')}>
                  “{fact.evidence}”
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.quotes.length > 0 && (
        <section class="entry-section">
          <Section>{t('cardQuotes')}</Section>
          {entry.quotes.map((quote) => (
            <figure class="quote" key={quote.text}>
              <blockquote>“{quote.text}”</blockquote>
              <figcaption>{t('cardQuoteBy', nameOf(quote.speaker) ?? quote.speaker)}</figcaption>
            </figure>
          ))}
        </section>
      )}
      {related.length > 0 && (
        <section class="entry-section">
          <Section>{t('cardRelated')}</Section>
          <ul class="related">
            {related.map(({ id, name }) => (
              <li key={id}>
                {onRelated ? (
                  <button type="button" class="chip" onClick={() => onRelated(id)}>
                    {name}
                  </button>
                ) : (
                  <span class="chip">{name}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
