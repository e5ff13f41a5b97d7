import { useState } from 'preact/hooks';
import type { DatasetError } from '../lib/dataset/types';
import type { SelectionRead } from '../lib/editor/article-frame';
import { entryPath, problemsAt, problemsUnder } from '../lib/editor/draft-problems';
import type { DraftEntry, DraftFact } from '../lib/editor/editor-types';
import type { MessageKey } from '../lib/i18n/translate';
import { FieldProblems, invalidProps } from './FieldProblems';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';

const SELECTION_MESSAGES: Record<'none' | 'outside' | 'across', MessageKey> = {
  none: 'editorSelectionNone',
  outside: 'editorSelectionOutside',
  across: 'editorSelectionAcross',
};

/**
 * The facts of an entry, each in the author's words with its evidence: an excerpt of the
 * article, taken from the selection in the article (verbatim by construction) or typed, which
 * the import's check then finds word for word or not.
 */
export function FactFields(props: {
  entry: DraftEntry;
  index: number;
  problems: readonly DatasetError[];
  readSelection(): SelectionRead;
  onChange(facts: DraftFact[]): void;
}) {
  const t = useTranslate();
  const { entry, index } = props;
  const [notice, setNotice] = useState('');
  const set = (i: number, fact: DraftFact) =>
    props.onChange(entry.facts.map((other, j) => (j === i ? fact : other)));
  const fromSelection = (apply: (text: string) => void) => {
    const read = props.readSelection();
    if (read.ok) {
      setNotice('');
      apply(read.text);
    } else setNotice(t(SELECTION_MESSAGES[read.why]));
  };
  const listPath = entryPath(index, 'facts');
  return (
    <fieldset class="editor-list">
      <legend>{t('editorFacts')}</legend>
      <FieldProblems id={`problems-${listPath}`} problems={problemsAt(props.problems, listPath)} />
      {entry.facts.map((fact, i) => {
        const path = `${listPath}[${i}]`;
        const n = i + 1;
        const textProblems = problemsUnder(props.problems, `${path}.text`);
        const evidenceProblems = problemsUnder(props.problems, `${path}.evidence`);
        return (
          <div key={i} class="editor-fact">
            <label for={`${entry.id}-fact-${i}`}>{t('editorFactText', n)}</label>
            <textarea
              id={`${entry.id}-fact-${i}`}
              rows={2}
              value={fact.text}
              onInput={(event) => set(i, { ...fact, text: event.currentTarget.value })}
              {...invalidProps(`problems-${path}.text`, textProblems)}
            />
            <FieldProblems id={`problems-${path}.text`} problems={textProblems} />
            <label for={`${entry.id}-evidence-${i}`}>{t('editorEvidence', n)}</label>
            <textarea
              id={`${entry.id}-evidence-${i}`}
              class="editor-evidence"
              rows={2}
              value={fact.evidence}
              onInput={(event) => set(i, { ...fact, evidence: event.currentTarget.value })}
              {...invalidProps(`problems-${path}.evidence`, evidenceProblems)}
            />
            <FieldProblems id={`problems-${path}.evidence`} problems={evidenceProblems} />
            <div class="editor-actions">
              <ActionButton
                onClick={() => fromSelection((text) => set(i, { ...fact, evidence: text }))}
                target={t('editorEvidence', n)}
              >
                {t('editorUseSelection')}
              </ActionButton>
              <ActionButton
                onClick={() => props.onChange(entry.facts.filter((_, j) => j !== i))}
                target={t('editorFactText', n)}
              >
                {t('editorRemove')}
              </ActionButton>
            </div>
          </div>
        );
      })}
      <div class="editor-actions">
        <button
          type="button"
          onClick={() =>
            fromSelection((text) => props.onChange([...entry.facts, { text: '', evidence: text }]))
          }
        >
          {t('editorAddFactFromSelection')}
        </button>
        <button
          type="button"
          onClick={() => props.onChange([...entry.facts, { text: '', evidence: '' }])}
        >
          {t('editorAddFact')}
        </button>
      </div>
      <p role="status" class="editor-notice">
        {notice}
      </p>
    </fieldset>
  );
}
