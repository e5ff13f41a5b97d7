// The options page's list of editor drafts: each row's buttons say which draft they act on.
import { render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { EditorDrafts } from '../../components/EditorDrafts';
import { TranslateContext } from '../../components/use-translate';
import type { OptionsActions } from '../../lib/options/options-actions';
import { catalogTranslate } from './translate';

const draft = (id: string, title: string, url: string) => ({
  id,
  title,
  url,
  entryCount: 0,
  updatedAt: 0,
});

test('a draft without a title is named by its page, on its row and its buttons', () => {
  render(
    <TranslateContext.Provider value={catalogTranslate()}>
      <EditorDrafts
        drafts={[
          draft('a', 'Tram vote', 'https://example.org/tram'),
          draft('b', '', 'https://example.org/untitled'),
        ]}
        actions={{} as OptionsActions}
        formatDate={() => 'today'}
      />
    </TranslateContext.Provider>,
  );
  for (const name of ['Tram vote', 'https://example.org/untitled']) {
    expect(screen.getAllByRole('button', { name: new RegExp(name) })).toHaveLength(2);
  }
});
