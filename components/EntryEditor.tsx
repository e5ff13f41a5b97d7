import type { DatasetError, EntryKind, Relevance } from '../lib/dataset/types';
import type { SelectionRead } from '../lib/editor/article-frame';
import type { EntryPatch } from '../lib/editor/draft-ops';
import { entryPath, problemsAt, problemsUnder } from '../lib/editor/draft-problems';
import type { DraftEntry } from '../lib/editor/editor-types';
import { AliasFields } from './AliasFields';
import { FactFields } from './FactFields';
import { FieldProblems, invalidProps } from './FieldProblems';
import type { QuotedPassage } from './QuoteFields';
import { QuoteFields } from './QuoteFields';
import { RelatedFields } from './RelatedFields';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';
import { KindOptions } from './KindOptions';

/** What an entry's editor is given. */
export interface EntryEditorProps {
  entry: DraftEntry;
  index: number;
  entries: readonly DraftEntry[];
  quotations: readonly QuotedPassage[];
  problems: readonly DatasetError[];
  readSelection(): SelectionRead;
  onChange(id: string, patch: EntryPatch): void;
  onRelate(a: string, b: string): void;
  onUnrelate(a: string, b: string): void;
  onRemove(id: string): void;
}

/** One entry of the draft: its name, kind, description, words, facts, quotations, relations. */
export function EntryEditor(props: EntryEditorProps) {
  const t = useTranslate();
  const { entry, index } = props;
  const field = (name: string) => {
    const path = entryPath(index, name);
    return { path, problems: problemsUnder(props.problems, path), id: `problems-${path}` };
  };
  const name = field('name');
  const description = field('description');
  const own = [
    ...problemsAt(props.problems, entryPath(index)),
    ...problemsAt(props.problems, entryPath(index, 'id')),
    ...problemsUnder(props.problems, entryPath(index, 'related')),
    ...problemsUnder(props.problems, entryPath(index, 'stopPhrases')),
  ];
  const change = (patch: EntryPatch) => props.onChange(entry.id, patch);
  const headingId = `entry-${entry.id}-heading`;
  return (
    <section class="editor-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.name || t('editorUnnamed')}</h3>
      <FieldProblems id={`problems-${entryPath(index)}`} problems={own} />
      <div class="editor-field">
        <label for={`${entry.id}-name`}>{t('editorName')}</label>
        <input
          id={`${entry.id}-name`}
          type="text"
          value={entry.name}
          onInput={(event) => change({ name: event.currentTarget.value })}
          {...invalidProps(name.id, name.problems)}
        />
        <FieldProblems id={name.id} problems={name.problems} />
      </div>
      <div class="editor-pair">
        <div class="editor-field">
          <label for={`${entry.id}-kind`}>{t('editorKind')}</label>
          <select
            id={`${entry.id}-kind`}
            value={entry.kind}
            onChange={(event) => change({ kind: event.currentTarget.value as EntryKind })}
          >
            <KindOptions />
          </select>
        </div>
        <div class="editor-field">
          <label for={`${entry.id}-relevance`}>{t('editorRelevance')}</label>
          <select
            id={`${entry.id}-relevance`}
            value={entry.relevance}
            onChange={(event) => change({ relevance: event.currentTarget.value as Relevance })}
          >
            <option value="distinctive">{t('editorRelevanceDistinctive')}</option>
            <option value="common">{t('editorRelevanceCommon')}</option>
          </select>
        </div>
      </div>
      <div class="editor-field">
        <label for={`${entry.id}-description`}>{t('editorDescription')}</label>
        <textarea
          id={`${entry.id}-description`}
          rows={2}
          value={entry.description}
          onInput={(event) => change({ description: event.currentTarget.value })}
          {...invalidProps(description.id, description.problems)}
        />
        <FieldProblems id={description.id} problems={description.problems} />
      </div>
      <AliasFields {...props} onChange={(aliases) => change({ aliases })} />
      <FactFields {...props} onChange={(facts) => change({ facts })} />
      <QuoteFields {...props} onChange={(quotes) => change({ quotes })} />
      <RelatedFields
        entry={entry}
        entries={props.entries}
        onRelate={(other) => props.onRelate(entry.id, other)}
        onUnrelate={(other) => props.onUnrelate(entry.id, other)}
      />
      <ActionButton
        class="editor-danger"
        onClick={() => props.onRemove(entry.id)}
        target={entry.name}
      >
        {t('editorRemoveEntry')}
      </ActionButton>
    </section>
  );
}
