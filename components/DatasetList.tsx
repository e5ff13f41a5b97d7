import type { ImportedDatasetInfo } from '../lib/dataset-import/imported-dataset';
import type { OptionsActions } from '../lib/options/options-actions';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';

/** The imported datasets, and what can be done with each. */
export interface DatasetListProps {
  datasets: readonly ImportedDatasetInfo[];
  actions: OptionsActions;
  formatDate(ms: number): string;
}

/**
 * Each imported dataset with its title, entry count, date and whether its evidence was
 * checked; a switch turns it on or off, a button removes it.
 */
export function DatasetList({ datasets, actions, formatDate }: DatasetListProps) {
  const t = useTranslate();
  if (datasets.length === 0) return <p class="empty">{t('optionsDatasetsNone')}</p>;
  return (
    <ul class="datasets" aria-label={t('optionsDatasetsListLabel')}>
      {datasets.map((info) => (
        <li key={info.id} class="dataset">
          <div class="dataset-text">
            <h3 class="dataset-title">{info.title}</h3>
            <p class="hint">
              {t('optionsDatasetEntries', info.entryCount)} ·{' '}
              {t('optionsDatasetDate', formatDate(info.importedAt))} ·{' '}
              {t(info.evidenceChecked ? 'optionsDatasetChecked' : 'optionsDatasetNotChecked')}
            </p>
          </div>
          <label class="check">
            <input
              type="checkbox"
              checked={info.enabled}
              aria-label={t('optionsDatasetOnLabel', info.title)}
              onChange={(event) =>
                void actions.setDatasetEnabled(info.id, event.currentTarget.checked)
              }
            />
            <span aria-hidden="true">{t('optionsDatasetOn')}</span>
          </label>
          <ActionButton
            class="button button-quiet"
            onClick={() => void actions.openEditor(`?dataset=${encodeURIComponent(info.id)}`)}
            target={info.title}
          >
            {t('editorOptionsEdit')}
          </ActionButton>
          <button
            type="button"
            class="button button-quiet"
            aria-label={t('optionsDatasetRemoveLabel', info.title)}
            onClick={() => void actions.removeDataset(info.id)}
          >
            {t('optionsDatasetRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
