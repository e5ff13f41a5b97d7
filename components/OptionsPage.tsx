import type { MessageKey } from '../lib/i18n/translate';
import type { OptionsActions } from '../lib/options/options-actions';
import type { OptionsData } from '../lib/options/options-data';
import { BackupSection } from './BackupSection';
import { CardsSection } from './CardsSection';
import { DatasetsSection } from './DatasetsSection';
import { EditorDrafts } from './EditorDrafts';
import { EntryBrowser } from './EntryBrowser';
import { LookSection } from './LookSection';
import { SiteSection } from './SiteSection';
import { useTranslate } from './use-translate';
import type { Megabytes } from '../lib/options/number-formats';

// The sections, in page order: the id of each one's heading, and its title.
const SECTIONS: [string, MessageKey][] = [
  ['sites-heading', 'optionsSitesHeading'],
  ['look-heading', 'optionsLookHeading'],
  ['cards-heading', 'optionsCardsHeading'],
  ['datasets-heading', 'optionsDatasetsHeading'],
  ['editor-drafts-heading', 'editorOptionsHeading'],
  ['backup-heading', 'optionsBackupHeading'],
  ['browser-heading', 'optionsBrowserHeading'],
];

/** What the options page shows, what it can change, and how it writes dates and sizes. */
export interface OptionsPageProps {
  data: OptionsData;
  actions: OptionsActions;
  download(filename: string, text: string): void;
  megabytes: Megabytes;
  formatDate(ms: number): string;
}

/**
 * The options page: where Context Cards runs, how highlights and cards behave, datasets for
 * other stories, everything it knows, and the backup of it all. Every change is stored at once
 * and reaches open tabs through storage.
 */
export function OptionsPage({ data, actions, download, megabytes, formatDate }: OptionsPageProps) {
  const t = useTranslate();
  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
        <nav aria-label={t('optionsNavLabel')}>
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(label)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <SiteSection
        mode={data.settings.siteMode}
        sites={data.sites}
        actions={actions}
        download={download}
      />
      <LookSection settings={data.settings} actions={actions} />
      <CardsSection settings={data.settings} actions={actions} />
      <DatasetsSection
        datasets={data.datasets}
        actions={actions}
        megabytes={megabytes}
        formatDate={formatDate}
      />
      <EditorDrafts drafts={data.drafts} actions={actions} formatDate={formatDate} />
      <BackupSection actions={actions} download={download} />
      <EntryBrowser catalog={data.catalog} />
    </main>
  );
}
