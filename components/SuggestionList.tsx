import { useState } from 'preact/hooks';
import type { EntryKind } from '../lib/dataset/types';
import type { DraftEntry, Suggestion } from '../lib/editor/editor-types';
import { countMessage } from '../lib/i18n/translate';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';
import { KindOptions } from './KindOptions';

/** What the author does with a suggestion. */
export interface SuggestionHandlers {
  onAccept(suggestion: Suggestion): void;
  onMerge(suggestion: Suggestion, into: string): void;
  onRename(id: string, name: string): void;
  onKind(id: string, kind: EntryKind): void;
  onDismiss(id: string): void;
}

/** The names the article mentions, most mentioned first, to accept, merge, rename or dismiss. */
export function SuggestionList(
  props: SuggestionHandlers & {
    suggestions: readonly Suggestion[];
    entries: readonly DraftEntry[];
    /** The name each suggestion was found under, by id (rows keep it as their label). */
    foundAs: ReadonlyMap<string, string>;
  },
) {
  const t = useTranslate();
  return (
    <section class="editor-section" aria-labelledby="editor-suggestions-heading">
      <h2 id="editor-suggestions-heading">{t('editorSuggestionsHeading')}</h2>
      <p class="editor-hint">{t('editorSuggestionsHint')}</p>
      {props.suggestions.length === 0 ? (
        <p>{t('editorSuggestionsNone')}</p>
      ) : (
        <ul class="editor-suggestions">
          {props.suggestions.map((suggestion) => (
            <SuggestionRow
              key={suggestion.id}
              {...props}
              suggestion={suggestion}
              label={props.foundAs.get(suggestion.id) ?? suggestion.name}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionRow(
  props: SuggestionHandlers & {
    suggestion: Suggestion;
    label: string;
    suggestions: readonly Suggestion[];
    entries: readonly DraftEntry[];
  },
) {
  const t = useTranslate();
  const { suggestion, label } = props;
  const targets = [
    ...props.entries.map((entry) => ({ id: entry.id, name: entry.name })),
    ...props.suggestions.filter((other) => other.id !== suggestion.id),
  ];
  const [into, setInto] = useState('');
  const others = suggestion.forms.filter((form) => form !== suggestion.name);
  // Nothing is chosen until the author chooses: merging into the first name by default would
  // be one click away from a wrong merge.
  const target = targets.some((other) => other.id === into) ? into : '';
  return (
    <li class="editor-suggestion" aria-label={label}>
      <div class="editor-suggestion-head">
        <input
          type="text"
          aria-label={t('editorSuggestionName', label)}
          value={suggestion.name}
          onInput={(event) => props.onRename(suggestion.id, event.currentTarget.value)}
        />
        <select
          aria-label={t('editorSuggestionKind', label)}
          value={suggestion.kind}
          onChange={(event) => props.onKind(suggestion.id, event.currentTarget.value as EntryKind)}
        >
          <KindOptions />
        </select>
        <span class="editor-count">
          {countMessage(t, suggestion.mentions, 'editorMentionsOne', 'editorMentionsOther')}
        </span>
      </div>
      {others.length > 0 && (
        <p class="editor-forms">{t('editorSuggestionForms', others.join(', '))}</p>
      )}
      <div class="editor-actions">
        <ActionButton onClick={() => props.onAccept(suggestion)} target={label}>
          {t('editorAccept')}
        </ActionButton>
        {targets.length > 0 && (
          <>
            <select
              aria-label={t('editorMergeInto', label)}
              value={target}
              onChange={(event) => setInto(event.currentTarget.value)}
            >
              <option value="" disabled>
                {t('editorMergePlaceholder')}
              </option>
              {targets.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
            <ActionButton
              disabled={target === ''}
              onClick={() => props.onMerge(suggestion, target)}
              target={label}
            >
              {t('editorMerge')}
            </ActionButton>
          </>
        )}
        <ActionButton onClick={() => props.onDismiss(suggestion.id)} target={label}>
          {t('editorDismiss')}
        </ActionButton>
      </div>
    </li>
  );
}
