import type { DatasetError } from '../lib/dataset/types';
import { problemsUnder } from '../lib/editor/draft-problems';
import type { Draft } from '../lib/editor/editor-types';
import { FieldProblems, invalidProps } from './FieldProblems';
import { useTranslate } from './use-translate';

type StoryField = 'title' | 'sourceKind' | 'period';

const FIELDS: {
  field: StoryField;
  path: string;
  label: 'editorStoryTitle' | 'editorStoryKind' | 'editorStoryPeriod';
}[] = [
  { field: 'title', path: 'source.title', label: 'editorStoryTitle' },
  { field: 'sourceKind', path: 'source.kind', label: 'editorStoryKind' },
  { field: 'period', path: 'source.period', label: 'editorStoryPeriod' },
];

/** The story's title, kind and period: the dataset's `source`. */
export function StoryFields(props: {
  draft: Draft;
  problems: readonly DatasetError[];
  onChange(field: StoryField, value: string): void;
}) {
  const t = useTranslate();
  return (
    <section class="editor-section" aria-labelledby="editor-story-heading">
      <h2 id="editor-story-heading">{t('editorStoryHeading')}</h2>
      <p class="editor-hint">{t('editorStoryHint')}</p>
      {FIELDS.map(({ field, path, label }) => {
        const problems = problemsUnder(props.problems, path);
        const id = `problems-${path}`;
        return (
          <div key={field} class="editor-field">
            <label for={`story-${field}`}>{t(label)}</label>
            <input
              id={`story-${field}`}
              type="text"
              value={props.draft[field]}
              onInput={(event) => props.onChange(field, event.currentTarget.value)}
              {...invalidProps(id, problems)}
            />
            <FieldProblems id={id} problems={problems} />
          </div>
        );
      })}
    </section>
  );
}
