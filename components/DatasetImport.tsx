import { useState } from 'preact/hooks';
import type { ImportVerdict } from '../lib/dataset-import/check-import';
import {
  MAX_IMPORTED_DATASETS,
  MAX_IMPORTED_TOTAL_BYTES,
  MAX_IMPORT_FILE_BYTES,
} from '../lib/dataset-import/import-limits';
import type { Translate } from '../lib/i18n/translate';
import type { OptionsActions } from '../lib/options/options-actions';
import { FileButton } from './FileButton';
import { Notice } from './Notice';
import { ProblemList } from './ProblemList';
import { useTranslate } from './use-translate';
import type { Megabytes } from '../lib/options/number-formats';

/** What the import needs: the actions, and how to write numbers and dates. */
export interface DatasetImportProps {
  actions: OptionsActions;
  /** Writes a size in megabytes, such as "1.5" (apart from another where both are shown). */
  megabytes: Megabytes;
  formatDate(ms: number): string;
}

type Outcome = { file: string; verdict: ImportVerdict } | { file: string; checking: true } | null;

/**
 * The import of a dataset file, picked or dropped: its limits, and the answer, with every
 * problem of a refused file listed with its path.
 */
export function DatasetImport({ actions, megabytes, formatDate }: DatasetImportProps) {
  const t = useTranslate();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);
  const importFile = async (file: File) => {
    setOutcome({ file: file.name, checking: true });
    setOutcome({ file: file.name, verdict: await actions.importDataset(file) });
  };
  return (
    <div class="dataset-import">
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer?.files[0];
          if (file) void importFile(file);
        }}
      >
        <span>{t('optionsDatasetDrop')}</span>{' '}
        <FileButton
          label={t('optionsDatasetChoose')}
          describedBy="dataset-limits"
          onFile={(file) => void importFile(file)}
        />
      </div>
      <p class="hint" id="dataset-limits">
        {t(
          'optionsDatasetsLimits',
          megabytes(MAX_IMPORT_FILE_BYTES),
          megabytes(MAX_IMPORTED_TOTAL_BYTES),
          MAX_IMPORTED_DATASETS,
        )}
      </p>
      {outcome && 'checking' in outcome && (
        <Notice tone="done">{t('optionsDatasetChecking', outcome.file)}</Notice>
      )}
      {outcome && 'verdict' in outcome && (
        <VerdictNotice
          t={t}
          file={outcome.file}
          verdict={outcome.verdict}
          megabytes={megabytes}
          formatDate={formatDate}
        />
      )}
    </div>
  );
}

interface VerdictProps {
  t: Translate;
  file: string;
  verdict: ImportVerdict;
  megabytes: Megabytes;
  formatDate(ms: number): string;
}

// The room left beside the datasets already imported.
const free = ({ limit, used }: { limit: number; used: number }) => Math.max(0, limit - used);

function VerdictNotice({ t, file, verdict, megabytes, formatDate }: VerdictProps) {
  if (verdict.ok) {
    const { info } = verdict.imported;
    return (
      <Notice tone="done">
        <p>{t('optionsDatasetImported', info.title, info.entryCount)}</p>
        {verdict.replaces && (
          <p>{t('optionsDatasetReplaced', formatDate(verdict.replaces.importedAt))}</p>
        )}
      </Notice>
    );
  }
  if (verdict.problem !== 'invalid') {
    const message =
      verdict.problem === 'too-large'
        ? t(
            'optionsDatasetTooLarge',
            file,
            megabytes(verdict.bytes, verdict.limit),
            megabytes(verdict.limit, verdict.bytes),
          )
        : verdict.problem === 'no-room'
          ? t(
              'optionsDatasetNoRoom',
              file,
              megabytes(verdict.bytes, free(verdict)),
              megabytes(free(verdict), verdict.bytes),
              megabytes(verdict.limit),
            )
          : verdict.problem === 'too-many'
            ? t('optionsDatasetTooMany', file, verdict.limit)
            : t('optionsDatasetNotUtf8', file);
    return <Notice tone="refused">{message}</Notice>;
  }
  return (
    <Notice tone="refused">
      <p>{t('optionsDatasetInvalid', file, verdict.errors.length)}</p>
      <p class="hint">{t('optionsDatasetErrorsNote')}</p>
      <ProblemList problems={verdict.errors} />
    </Notice>
  );
}
