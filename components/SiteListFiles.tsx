import { useState } from 'preact/hooks';
import { siteListFileText } from '../lib/settings/site-list-file';
import type { OptionsActions } from '../lib/options/options-actions';
import type { SiteList, SiteRule } from '../lib/sites/site-rules';
import { FileButton } from './FileButton';
import type { FileOutcome } from './FileOutcome';
import { fileOutcome, FileOutcomeNotice } from './FileOutcome';
import { useTranslate } from './use-translate';

/** What the site list's file buttons need. */
export interface SiteListFilesProps {
  list: SiteList;
  sites: readonly SiteRule[];
  /** Reads and stores an imported list. */
  actions: Pick<OptionsActions, 'importSiteList'>;
  /** Offers a file for download (the list's export). */
  download(filename: string, text: string): void;
}

/** Export of a site list as a file, and import of one in its place. */
export function SiteListFiles({ list, sites, actions, download }: SiteListFilesProps) {
  const t = useTranslate();
  const [outcome, setOutcome] = useState<FileOutcome>(null);
  const hintId = `site-import-${list}-hint`;
  const importFile = async (file: File) => {
    const verdict = await actions.importSiteList(list, file);
    const done = verdict.ok ? t('optionsSitesImported', file.name, verdict.sites.length) : '';
    setOutcome(fileOutcome(t, file.name, verdict, done));
  };
  return (
    <div class="file-actions">
      <div class="row">
        <button
          type="button"
          class="button"
          onClick={() => download(`context-cards-sites-${list}.json`, siteListFileText(sites))}
        >
          {t('optionsSitesExport')}
        </button>
        <FileButton
          label={t('optionsSitesImport')}
          describedBy={hintId}
          onFile={(file) => void importFile(file)}
        />
      </div>
      <p class="hint" id={hintId}>
        {t('optionsSitesImportHint')}
      </p>
      <FileOutcomeNotice outcome={outcome} />
    </div>
  );
}
