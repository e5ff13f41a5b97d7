import type { OptionsSource } from '../lib/options/options-data';
import type { OptionsPageProps } from './OptionsPage';
import { OptionsPage } from './OptionsPage';
import { useLiveData } from './use-live-data';
import { useTranslate } from './use-translate';

/** The options page's props, with where its data comes from in place of the data. */
export type OptionsAppProps = Omit<OptionsPageProps, 'data'> & { source: OptionsSource };

/** The options page, kept up to date with storage (changes made here and anywhere else). */
export function OptionsApp({ source, ...props }: OptionsAppProps) {
  const t = useTranslate();
  const data = useLiveData(source.read, source.watch);
  if (!data) return <p class="options-loading">{t('optionsLoading')}</p>;
  return <OptionsPage data={data} {...props} />;
}
