import type { AliasLang } from '../lib/dataset/types';
import type { DatasetError } from '../lib/dataset/types';
import { entryPath, problemsAt, problemsUnder } from '../lib/editor/draft-problems';
import type { DraftAlias, DraftEntry } from '../lib/editor/editor-types';
import { FieldProblems, invalidProps } from './FieldProblems';
import { useTranslate } from './use-translate';
import { ActionButton } from './ActionButton';

/** The words that refer to an entry: text, language and letter case, one row each. */
export function AliasFields(props: {
  entry: DraftEntry;
  index: number;
  problems: readonly DatasetError[];
  onChange(aliases: DraftAlias[]): void;
}) {
  const t = useTranslate();
  const { entry, index } = props;
  const set = (i: number, alias: DraftAlias) =>
    props.onChange(entry.aliases.map((other, j) => (j === i ? alias : other)));
  const listPath = entryPath(index, 'aliases');
  const listProblems = problemsAt(props.problems, listPath);
  return (
    <fieldset class="editor-list">
      <legend>{t('editorAliases')}</legend>
      <FieldProblems id={`problems-${listPath}`} problems={listProblems} />
      {entry.aliases.map((alias, i) => {
        const path = `${listPath}[${i}]`;
        const problems = problemsUnder(props.problems, path);
        const id = `problems-${path}`;
        const n = i + 1;
        const lang = alias.lang ?? '';
        return (
          <div key={i} class="editor-row">
            <input
              type="text"
              aria-label={t('editorAliasText', n)}
              value={alias.text}
              onInput={(event) => set(i, { ...alias, text: event.currentTarget.value })}
              {...invalidProps(id, problems)}
            />
            <select
              aria-label={t('editorAliasLang', n)}
              value={lang}
              onChange={(event) => {
                const value = event.currentTarget.value as AliasLang | '';
                set(i, value ? { ...alias, lang: value } : withoutLang(alias));
              }}
            >
              <option value="">{t('editorLangNone')}</option>
              <option value="en">{t('editorLangEn')}</option>
              <option value="es">{t('editorLangEs')}</option>
            </select>
            <label class="editor-check">
              <input
                type="checkbox"
                checked={!!alias.caseSensitive}
                onChange={(event) =>
                  set(i, { ...alias, caseSensitive: event.currentTarget.checked })
                }
              />
              {t('editorAliasCase')}
              <span class="visually-hidden"> {n}</span>
            </label>
            <ActionButton
              onClick={() => props.onChange(entry.aliases.filter((_, j) => j !== i))}
              target={t('editorAliasText', n)}
            >
              {t('editorRemove')}
            </ActionButton>
            <FieldProblems id={id} problems={problems} />
          </div>
        );
      })}
      <button type="button" onClick={() => props.onChange([...entry.aliases, { text: '' }])}>
        {t('editorAddAlias')}
      </button>
    </fieldset>
  );
}

function withoutLang({ text, caseSensitive, context }: DraftAlias): DraftAlias {
  return {
    text,
    ...(caseSensitive ? { caseSensitive } : {}),
    ...(context ? { context } : {}),
  };
}
