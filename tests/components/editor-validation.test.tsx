// What the import would refuse shows next to its field, Save says why it is off; what cannot
// be read is pasted; an earlier draft of the page is offered back.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { newDraft } from '../../lib/editor/draft-ops';
import { catalogTranslate } from './translate';
import es from '../../public/_locales/es/messages.json';
import { ARTICLE, fakeService, renderEditor } from './editor-render';

test('each problem is shown next to its field, and Save says why it is off', async () => {
  const { service } = fakeService();
  await renderEditor(service);
  fireEvent.click(screen.getByRole('button', { name: 'Accept Dana Okafor' }));
  const okafor = screen.getByRole('region', { name: 'Dana Okafor' });
  const description = within(okafor).getByLabelText('Description (one line, your words)');
  expect(description.getAttribute('aria-invalid')).toBe('true');
  const describedBy = description.getAttribute('aria-describedby')!;
  expect(document.getElementById(describedBy)!.textContent).not.toBe('');
  const period = screen.getByLabelText('Period it covers');
  expect(period.getAttribute('aria-invalid')).toBe('true');
  const save = screen.getByRole('button', { name: 'Save as a dataset' });
  expect(save.getAttribute('aria-disabled')).toBe('true');
  expect(screen.getByText(/^Cannot save yet: \d+ problems/)).toBeTruthy();
  fireEvent.click(save);
  expect(service.saveDataset).not.toHaveBeenCalled();

  // A typed evidence excerpt the article does not print is refused at the evidence field.
  fireEvent.input(description, { target: { value: 'Director of the transit authority.' } });
  fireEvent.input(period, { target: { value: 'March 2025' } });
  fireEvent.click(within(okafor).getByRole('button', { name: 'Add a fact' }));
  fireEvent.input(within(okafor).getByLabelText('Fact 1, in your words'), {
    target: { value: 'She agreed.' },
  });
  const evidence = within(okafor).getByLabelText(
    'Evidence for fact 1, word for word from the article',
  );
  fireEvent.input(evidence, { target: { value: 'Dana Okafor disagreed' } });
  await waitFor(() => expect(evidence.getAttribute('aria-invalid')).toBe('true'));
  fireEvent.input(evidence, { target: { value: 'Dana Okafor agreed' } });
  await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('false'));
  expect(screen.getByText('Ready to save: pages will light up at once.')).toBeTruthy();
  fireEvent.click(save);
  await waitFor(() => expect(service.saveDataset).toHaveBeenCalledTimes(1));
});

test('without a readable article, the text is pasted and becomes the article', async () => {
  const draft = newDraft('p', { ...ARTICLE, paragraphs: [] }, 0);
  const { service, written } = fakeService({
    kind: 'paste',
    draft,
    url: 'https://news.example/tram',
  });
  await renderEditor(service);
  expect(
    screen.getByText(/No article could be read from https:\/\/news\.example\/tram/),
  ).toBeTruthy();
  fireEvent.input(screen.getByLabelText(/The article’s text|The article's text/), {
    target: { value: 'First paragraph.\n\nSecond paragraph.' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Use this text' }));
  await waitFor(() =>
    expect(written.at(-1)?.article.paragraphs).toEqual(['First paragraph.', 'Second paragraph.']),
  );
  expect(written.at(-1)!.article.url).toBe('https://news.example/tram');
});

test('an earlier draft of the same page is offered back, in Spanish too', async () => {
  const earlier = { ...newDraft('old', ARTICLE, 1), entries: [] };
  const { service, written } = fakeService({
    kind: 'article',
    draft: newDraft('new', ARTICLE, 2),
    earlier: { id: 'old', title: 'Tram', url: ARTICLE.url, entryCount: 0, updatedAt: 1 },
  });
  await service.saveDraft(earlier);
  await renderEditor(service, catalogTranslate(es));
  expect(screen.getByRole('heading', { level: 1, name: es.editorHeading.message })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: es.editorOfferTake.message }));
  await waitFor(() =>
    expect(screen.queryByRole('heading', { name: es.editorOfferHeading.message })).toBeNull(),
  );
  fireEvent.input(screen.getByLabelText(es.editorStoryPeriod.message), {
    target: { value: 'marzo' },
  });
  await waitFor(() => expect(written.at(-1)).toMatchObject({ id: 'old', period: 'marzo' }));
});
