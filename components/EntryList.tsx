import { useState } from 'preact/hooks';
import type { DatasetError } from '../lib/dataset/types';
import type { SelectionRead } from '../lib/editor/article-frame';
import * as ops from '../lib/editor/draft-ops';
import type { Draft } from '../lib/editor/editor-types';
import { EntryEditor } from './EntryEditor';
import type { QuotedPassage } from './QuoteFields';
import { useTranslate } from './use-translate';

/** The draft's entries, each with its editor, and a way to add one by name. */
export function EntryList(props: {
  draft: Draft;
  problems: readonly DatasetError[];
  quotations: readonly QuotedPassage[];
  readSelection(): SelectionRead;
  change(edit: (draft: Draft) => Draft): void;
}) {
  const t = useTranslate();
  const { draft, change } = props;
  const [name, setName] = useState('');
  return (
    <section class="editor-section" aria-labelledby="editor-entries-heading">
      <h2 id="editor-entries-heading">{t('editorEntriesHeading')}</h2>
      {draft.entries.length === 0 && <p class="editor-hint">{t('editorEntriesNone')}</p>}
      {draft.entries.map((entry, index) => (
        <EntryEditor
          key={entry.id}
          entry={entry}
          index={index}
          entries={draft.entries}
          quotations={props.quotations}
          problems={props.problems}
          readSelection={props.readSelection}
          onChange={(id, patch) => change((d) => ops.updateEntry(d, id, patch))}
          onRelate={(a, b) => change((d) => ops.relate(d, a, b))}
          onUnrelate={(a, b) => change((d) => ops.unrelate(d, a, b))}
          onRemove={(id) => change((d) => ops.removeEntry(d, id))}
        />
      ))}
      <form
        class="editor-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          change((d) => ops.addBlankEntry(d, name.trim()));
          setName('');
        }}
      >
        <label for="editor-new-entry">{t('editorNewEntry')}</label>
        <input
          id="editor-new-entry"
          type="text"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit">{t('editorAddEntry')}</button>
      </form>
    </section>
  );
}
