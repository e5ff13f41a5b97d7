import type { ImportedDatasetInfo } from '../lib/dataset-import/imported-dataset';
import type { OptionsActions } from '../lib/options/options-actions';
import { DatasetImport } from './DatasetImport';
import { DatasetList } from './DatasetList';
import { useTranslate } from './use-translate';
import type { Megabytes } from '../lib/options/number-formats';

/** The imported datasets and how to add one. */
export interface DatasetsSectionProps {
  datasets: readonly ImportedDatasetInfo[];
  actions: OptionsActions;
  megabytes: Megabytes;
  formatDate(ms: number): string;
}

/** Datasets for other stories: the import, then the list of those imported. */
export function DatasetsSection(props: DatasetsSectionProps) {
  const t = useTranslate();
  return (
    <section class="section" aria-labelledby="datasets-heading">
      <h2 id="datasets-heading">{t('optionsDatasetsHeading')}</h2>
      <p>{t('optionsDatasetsIntro')}</p>
      <DatasetImport {...props} />
      <DatasetList {...props} />
    </section>
  );
}
