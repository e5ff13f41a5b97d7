// A «…» quotation of a Spanish article, offered by the editor, is taken by the import's own
// check: picked, it shows no problem, and the draft saves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { bundledDataset } from '../../lib/dataset';
import { checkImport } from '../../lib/dataset-import/check-import';
import { datasetFromDraft } from '../../lib/editor/draft-dataset';
import { newDraft } from '../../lib/editor/draft-ops';
import type { EditorService } from '../../lib/editor/editor-service';
import type { ArticleText, Draft } from '../../lib/editor/editor-types';
import { findQuotations } from '../../lib/editor/find-quotations';
import { suggestEntries } from '../../lib/editor/suggest-entries';
import { extractArticle } from '../../lib/editor/extract-article';
import { inertDomParser } from '../unit/editor-inert-dom';
import { fakeService, renderEditor } from './editor-render';

// The Spanish fixture, read from the repository root (import.meta.url is not a file here).
function spanishArticle() {
  const name = 'ayuntamiento-articulo.html';
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/editor', name), 'utf8');
  const url = `http://127.0.0.1/fixtures/editor/${name}`;
  return extractArticle({ html, url }, inertDomParser())!;
}

const QUOTE = 'Este pleno firma un cheque que no ha leído';

test('a «…» quotation picked in the Spanish article saves without a problem', async () => {
  const article = spanishArticle();
  expect(article.paragraphs.join('\n\n')).toContain(`«${QUOTE}»`);
  const start = { kind: 'article' as const, draft: newDraft('es', article, 1), earlier: null };
  const service = {
    ...fakeService(start).service,
    suggest: vi.fn(suggestEntries),
    quotations: vi.fn((text: ArticleText) =>
      findQuotations(text).map(({ text, speakerHint }) => ({ text, speakerName: speakerHint })),
    ),
    // Saving checks the draft exactly as the extension's service does.
    saveDataset: vi.fn(async (draft: Draft) => {
      const text = JSON.stringify(datasetFromDraft(draft));
      const bundled = bundledDataset;
      return checkImport({ text, fileBytes: text.length, bundled, imported: [], now: 2 });
    }),
  } satisfies EditorService;
  await renderEditor(service);

  fireEvent.click(screen.getByRole('button', { name: 'Accept Tomás Quiroga' }));
  const quiroga = screen.getByRole('region', { name: 'Tomás Quiroga' });
  fireEvent.input(within(quiroga).getByLabelText('Description (one line, your words)'), {
    target: { value: 'Concejal de la oposición que votó en contra.' },
  });
  fireEvent.input(screen.getByLabelText('Period it covers'), {
    target: { value: 'marzo de 2025' },
  });
  fireEvent.click(within(quiroga).getByRole('button', { name: 'Add a fact' }));
  fireEvent.input(within(quiroga).getByLabelText('Fact 1, in your words'), {
    target: { value: 'Votó en contra del tranvía.' },
  });
  fireEvent.input(
    within(quiroga).getByLabelText('Evidence for fact 1, word for word from the article'),
    { target: { value: 'Tomás Quiroga, del Partido Verde, votó en contra' } },
  );
  const passages = within(quiroga).getByRole<HTMLSelectElement>('combobox', {
    name: 'Quoted passage of the article',
  });
  const option = Array.from(passages.options).find((each) => each.textContent === QUOTE)!;
  fireEvent.change(passages, { target: { value: option.value } });
  fireEvent.click(within(quiroga).getByRole('button', { name: 'Add quotation' }));

  expect(within(quiroga).getByText(QUOTE).tagName).toBe('BLOCKQUOTE');
  const speaker = within(quiroga).getByRole<HTMLSelectElement>('combobox', {
    name: 'Speaker of quotation 1',
  });
  expect(speaker.value).toBe('tomas-quiroga');
  expect(speaker.getAttribute('aria-invalid')).not.toBe('true');
  const save = screen.getByRole('button', { name: 'Save as a dataset' });
  await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('false'));
  fireEvent.click(save);
  await waitFor(() => expect(service.saveDataset).toHaveBeenCalledTimes(1));
  const verdict = await service.saveDataset.mock.results[0]!.value;
  expect(verdict).toMatchObject({ ok: true });
  expect(verdict.ok && verdict.imported.dataset.entries[0]!.quotes).toEqual([
    { text: QUOTE, speaker: 'tomas-quiroga' },
  ]);
  expect(await screen.findByText(/Saved as the dataset/)).toBeTruthy();
});
