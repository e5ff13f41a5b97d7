import { useState } from 'preact/hooks';
import type { Catalog } from '../lib/catalog/catalog';
import type { EntryKind } from '../lib/dataset/types';
import { searchEntries } from '../lib/options/entry-search';
import { EntryCard } from './EntryCard';
import { useTranslate } from './use-translate';
import { KindOptions } from './KindOptions';

/** How many cards are drawn at first, and added by "show more". */
export const BROWSER_PAGE_SIZE = 24;

/**
 * Everything Context Cards knows: every entry of the catalog as its card (the same card as on
 * pages), searchable by name, alias or description and filtered by kind. A related entry opens
 * by searching for it.
 */
export function EntryBrowser({ catalog }: { catalog: Catalog }) {
  const t = useTranslate();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EntryKind | null>(null);
  const [shown, setShown] = useState(BROWSER_PAGE_SIZE);
  const all = catalog.all();
  const found = searchEntries(all, query, kind);
  const nameOf = (id: string) => catalog.get(id)?.name;
  const search = (text: string, ofKind: EntryKind | null) => {
    setQuery(text);
    setKind(ofKind);
    setShown(BROWSER_PAGE_SIZE);
  };
  return (
    <section class="section" aria-labelledby="browser-heading">
      <h2 id="browser-heading">{t('optionsBrowserHeading')}</h2>
      <div class="row browser-filters" role="search">
        <label>
          {t('optionsBrowserSearch')}
          <input
            type="search"
            value={query}
            onInput={(event) => search(event.currentTarget.value, kind)}
          />
        </label>
        <label>
          {t('optionsBrowserKind')}
          <select
            value={kind ?? ''}
            onChange={(event) =>
              search(query, (event.currentTarget.value || null) as EntryKind | null)
            }
          >
            <option value="">{t('optionsBrowserAllKinds')}</option>
            <KindOptions />
          </select>
        </label>
      </div>
      <p class="hint" role="status">
        {found.length === 0
          ? t('optionsBrowserNone')
          : t('optionsBrowserCount', found.length, all.length)}
      </p>
      <ul class="entries">
        {found.slice(0, shown).map((entry) => (
          <li key={entry.id} class="cc-theme entry-item">
            <EntryCard
              entry={entry}
              nameOf={nameOf}
              titleId={`entry-${entry.id}`}
              level={3}
              onRelated={(id) => search(nameOf(id) ?? '', null)}
            />
            <p class="entry-origin">
              {t('cardSource', entry.origin.source.title, entry.origin.source.kind)}
              {entry.origin.evidenceChecked && <> {t('cardEvidenceChecked')}</>}
            </p>
          </li>
        ))}
      </ul>
      {found.length > shown && (
        <button
          type="button"
          class="button"
          onClick={() => setShown((count) => count + BROWSER_PAGE_SIZE)}
        >
          {t('optionsBrowserMore')}
        </button>
      )}
    </section>
  );
}
