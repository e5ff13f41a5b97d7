import { useState } from 'preact/hooks';
import { foldText } from '../lib/dataset/fold-text';
import type { DatasetError } from '../lib/dataset/types';
import { entryPath, problemsAt, problemsUnder } from '../lib/editor/draft-problems';
import type { DraftEntry, DraftQuote } from '../lib/editor/editor-types';
import { FieldProblems, invalidProps } from './FieldProblems';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';

/** What the article quotes, to pick quotations from: the words, and who says them if known. */
export interface QuotedPassage {
  readonly text: string;
  /** The speaker as the article names them ("Carvajal"), when it does. */
  readonly speakerName?: string;
}

/** The quotations of an entry, picked from the article's quoted passages, with their speaker. */
export function QuoteFields(props: {
  entry: DraftEntry;
  index: number;
  entries: readonly DraftEntry[];
  quotations: readonly QuotedPassage[];
  problems: readonly DatasetError[];
  onChange(quotes: DraftQuote[]): void;
}) {
  const t = useTranslate();
  const { entry, index } = props;
  const people = props.entries.filter((other) => other.kind === 'person');
  const offered = props.quotations.filter(
    (passage) => !entry.quotes.some((quote) => quote.text === passage.text),
  );
  const [picked, setPicked] = useState(0);
  const choice = offered[Math.min(picked, offered.length - 1)];
  const listPath = entryPath(index, 'quotes');
  const add = () => {
    if (!choice) return;
    const named = choice.speakerName && foldText(choice.speakerName);
    const said = people.find((person) =>
      person.aliases.some((alias) => foldText(alias.text) === named),
    );
    const speaker = said?.id ?? (entry.kind === 'person' ? entry.id : '');
    props.onChange([...entry.quotes, { text: choice.text, speaker }]);
    setPicked(0);
  };
  return (
    <fieldset class="editor-list">
      <legend>{t('editorQuotes')}</legend>
      <FieldProblems id={`problems-${listPath}`} problems={problemsAt(props.problems, listPath)} />
      {entry.quotes.map((quote, i) => {
        const path = `${listPath}[${i}]`;
        const problems = problemsUnder(props.problems, path);
        const n = i + 1;
        return (
          <div key={i} class="editor-quote">
            <blockquote>{quote.text}</blockquote>
            <select
              aria-label={t('editorSpeaker', n)}
              value={quote.speaker}
              onChange={(event) =>
                props.onChange(
                  entry.quotes.map((other, j) =>
                    j === i ? { ...other, speaker: event.currentTarget.value } : other,
                  ),
                )
              }
              {...invalidProps(`problems-${path}`, problems)}
            >
              <option value="">{t('editorSpeakerNone')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
            <ActionButton
              onClick={() => props.onChange(entry.quotes.filter((_, j) => j !== i))}
              target={t('editorQuoteN', n)}
            >
              {t('editorRemove')}
            </ActionButton>
            <FieldProblems id={`problems-${path}`} problems={problems} />
          </div>
        );
      })}
      {offered.length === 0 ? (
        <p class="editor-hint">{t('editorQuotesNone')}</p>
      ) : (
        <div class="editor-row">
          <select
            aria-label={t('editorPickQuote')}
            value={String(offered.indexOf(choice!))}
            onChange={(event) => setPicked(Number(event.currentTarget.value))}
          >
            {offered.map((passage, i) => (
              <option key={i} value={String(i)}>
                {passage.text.length > 90 ? `${passage.text.slice(0, 89)}…` : passage.text}
              </option>
            ))}
          </select>
          <button type="button" onClick={add}>
            {t('editorAddQuote')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
