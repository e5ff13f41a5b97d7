import { useState } from 'preact/hooks';
import type { DraftEntry } from '../lib/editor/editor-types';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';

/** The entries an entry is related to; relating and unrelating act on both entries. */
export function RelatedFields(props: {
  entry: DraftEntry;
  entries: readonly DraftEntry[];
  onRelate(other: string): void;
  onUnrelate(other: string): void;
}) {
  const t = useTranslate();
  const { entry } = props;
  const nameOf = (id: string) => props.entries.find((other) => other.id === id)?.name ?? id;
  const candidates = props.entries.filter(
    (other) => other.id !== entry.id && !entry.related.includes(other.id),
  );
  const [picked, setPicked] = useState('');
  const choice = candidates.some((other) => other.id === picked) ? picked : candidates[0]?.id;
  return (
    <fieldset class="editor-list">
      <legend>{t('editorRelated')}</legend>
      {entry.related.length > 0 && (
        <ul class="editor-related">
          {entry.related.map((id) => (
            <li key={id}>
              {nameOf(id)}{' '}
              <ActionButton onClick={() => props.onUnrelate(id)} target={nameOf(id)}>
                {t('editorRemove')}
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && choice && (
        <div class="editor-row">
          <select
            aria-label={t('editorPickRelated', entry.name)}
            value={choice}
            onChange={(event) => setPicked(event.currentTarget.value)}
          >
            {candidates.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => props.onRelate(choice)}>
            {t('editorAddRelated')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
