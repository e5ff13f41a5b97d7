import { useState } from 'preact/hooks';
import type { OptionsActions } from '../lib/options/options-actions';
import { FileButton } from './FileButton';
import type { FileOutcome } from './FileOutcome';
import { fileOutcome, FileOutcomeNotice } from './FileOutcome';
import { useTranslate } from './use-translate';

/** The backup's actions, and how to offer a file for download. */
export interface BackupSectionProps {
  actions: OptionsActions;
  download(filename: string, text: string): void;
}

/**
 * All settings (preferences and both site lists) to and from one file, applied whole or not
 * at all, and the reset of the preferences to their defaults.
 */
export function BackupSection({ actions, download }: BackupSectionProps) {
  const t = useTranslate();
  const [outcome, setOutcome] = useState<FileOutcome>(null);
  const importFile = async (file: File) => {
    const verdict = await actions.importSettings(file);
    setOutcome(fileOutcome(t, file.name, verdict, t('optionsImported', file.name)));
  };
  return (
    <section class="section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p>{t('optionsBackupIntro')}</p>
      <div class="row">
        <button
          type="button"
          class="button"
          onClick={() =>
            void actions
              .exportSettings()
              .then((text) => download('context-cards-settings.json', text))
          }
        >
          {t('optionsExport')}
        </button>
        <FileButton label={t('optionsImport')} onFile={(file) => void importFile(file)} />
        <button
          type="button"
          class="button"
          aria-describedby="reset-hint"
          onClick={() =>
            void actions.resetSettings().then(() => setOutcome({ done: t('optionsResetDone') }))
          }
        >
          {t('optionsReset')}
        </button>
      </div>
      <p class="hint" id="reset-hint">
        {t('optionsResetHint')}
      </p>
      <FileOutcomeNotice outcome={outcome} />
    </section>
  );
}
