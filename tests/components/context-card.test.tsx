import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContextCard } from '../../components/ContextCard';
import { EntryCard } from '../../components/EntryCard';
import { TranslateContext } from '../../components/use-translate';
import type { CardModel } from '../../lib/card/card-model';
import { bundledCatalog, bundledPart } from '../../lib/catalog/bundled-catalog';
import { Catalog, catalogId } from '../../lib/catalog/catalog';
import type { CatalogEntry } from '../../lib/catalog/catalog';
import { validateDataset } from '../../lib/dataset/validate';
import { exampleText } from '../unit/example-datasets';
import { catalogTranslate } from './translate';

afterEach(cleanup);

const catalog = bundledCatalog();
const t = catalogTranslate();
const nameOf = (id: string) => catalog.get(id)?.name;

function model(id: string, over: Partial<CardModel> = {}): CardModel {
  return {
    entry: catalog.get(id)!,
    nameOf,
    position: { index: 2, total: 5 },
    backTo: null,
    onClose: vi.fn(),
    onBack: vi.fn(),
    onRelated: vi.fn(),
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    onFocusLeave: vi.fn(),
    ...over,
  };
}

function renderCard(card: CardModel) {
  render(
    <TranslateContext.Provider value={t}>
      <ContextCard {...card} />
    </TranslateContext.Provider>,
  );
  return screen.getByRole('dialog', { name: card.entry.name });
}

describe.each(['claudia-sheinbaum', 'drug-cartels', 'boat-strikes', 'fto-designation', 'mexico'])(
  'the card of %s',
  (id) => {
    test('names the dialog after the entry and shows its kind, description and facts', () => {
      const entry = catalog.get(id)!;
      const dialog = renderCard(model(id));
      expect(within(dialog).getByRole('heading', { level: 2, name: entry.name })).toBeTruthy();
      expect(dialog.textContent).toContain(entry.description);
      const kind = {
        person: 'Person',
        organization: 'Organization',
        place: 'Place',
        event: 'Event',
        concept: 'Concept',
        group: 'Group',
      }[entry.kind];
      expect(dialog.querySelector('.entry-kind')!.textContent).toBe(kind);
      const evidence = within(dialog).getAllByLabelText('From the article');
      expect(evidence.map((quote) => quote.textContent)).toEqual(
        entry.facts.map((fact) => `“${fact.evidence}”`),
      );
      for (const fact of entry.facts) expect(dialog.textContent).toContain(fact.text);
      // Every related entry is a button named after it.
      const related = entry.related.map(nameOf);
      for (const name of related) within(dialog).getByRole('button', { name });
      expect(dialog.textContent).toContain(`Source: ${entry.origin.source.title}`);
    });
  },
);

test('quotations carry their speaker', () => {
  const dialog = renderCard(model('donald-trump'));
  const quotes = [...dialog.querySelectorAll('figure')].map((figure) => figure.textContent);
  expect(quotes[0]).toBe(
    '“To stop drugs? It’s OK with me. Whatever we have to do to stop drugs”— Donald Trump',
  );
});

test('related entries, back, previous, next and close report what the reader chose', () => {
  const card = model('claudia-sheinbaum', { backTo: 'Marco Rubio' });
  const dialog = renderCard(card);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Donald Trump' }));
  expect(card.onRelated).toHaveBeenCalledWith('donald-trump');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Back to Marco Rubio' }));
  expect(card.onBack).toHaveBeenCalled();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Previous mention' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Next mention' }));
  expect(card.onPrevious).toHaveBeenCalled();
  expect(card.onNext).toHaveBeenCalled();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  expect(card.onClose).toHaveBeenCalledTimes(1);
  fireEvent.keyDown(dialog, { key: 'Escape' });
  expect(card.onClose).toHaveBeenCalledTimes(2);
});

test('the position among the page’s mentions, and the ends disable their step', () => {
  let dialog = renderCard(model('claudia-sheinbaum', { position: { index: 1, total: 3 } }));
  expect(dialog.textContent).toContain('Mention 1 of 3 on this page');
  expect(
    within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Previous mention' }).disabled,
  ).toBe(true);
  cleanup();
  dialog = renderCard(model('claudia-sheinbaum', { position: { index: null, total: 1 } }));
  expect(dialog.textContent).toContain('1 mention on this page');
  cleanup();
  dialog = renderCard(model('claudia-sheinbaum', { position: { index: null, total: 0 } }));
  expect(dialog.textContent).toContain('Not mentioned on this page');
  for (const name of ['Previous mention', 'Next mention']) {
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name }).disabled).toBe(true);
  }
});

test('the keyboard order: back, close, related entries, previous, next', () => {
  const dialog = renderCard(
    model('marco-rubio', { backTo: 'Claudia Sheinbaum', position: { index: 2, total: 3 } }),
  );
  const order = [...dialog.querySelectorAll('button:not([disabled])')].map(
    (button) => button.getAttribute('aria-label') ?? button.textContent,
  );
  expect(order).toEqual([
    '← Back to Claudia Sheinbaum',
    'Close',
    'Claudia Sheinbaum',
    'Donald Trump',
    'US officials',
    'Previous mention',
    'Next mention',
  ]);
});

test('focus leaving the card for the page is reported; moves inside it are not', () => {
  const card = model('marco-rubio');
  const dialog = renderCard(card);
  const [first, second] = within(dialog).getAllByRole('button');
  fireEvent.focusOut(first!, { relatedTarget: second });
  expect(card.onFocusLeave).not.toHaveBeenCalled();
  const outside = document.createElement('button');
  document.body.append(outside);
  fireEvent.focusOut(first!, { relatedTarget: outside });
  expect(card.onFocusLeave).toHaveBeenCalled();
});

test('dataset strings are text, never HTML', () => {
  const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b>';
  const entry: CatalogEntry = {
    ...catalog.get('marco-rubio')!,
    name: hostile,
    description: hostile,
    facts: [{ text: hostile, evidence: hostile }],
    quotes: [{ text: hostile, speaker: 'marco-rubio' }],
  };
  render(
    <TranslateContext.Provider value={t}>
      <EntryCard entry={entry} nameOf={() => hostile} titleId="title" onRelated={() => undefined} />
    </TranslateContext.Provider>,
  );
  expect(document.querySelector('img')).toBeNull();
  expect(document.querySelector('b')).toBeNull();
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
  expect((window as { pwned?: number }).pwned).toBeUndefined();
});

describe('the card of an imported entry', () => {
  const checked = validateDataset(JSON.parse(exampleText('valid')));
  if (!checked.ok) throw new Error('the valid example is not valid');
  const { dataset } = checked;
  const cardOf = (evidenceChecked: boolean) => {
    const imported = new Catalog([
      bundledPart,
      { origin: { id: 'valmora', source: dataset.source, evidenceChecked }, dataset },
    ]);
    const entry = imported.get(catalogId('valmora', 'ines-carvalho'))!;
    return renderCard({
      ...model('claudia-sheinbaum'),
      entry,
      nameOf: (id) => imported.get(id)?.name,
    });
  };

  test('names its own source, and says its evidence was checked against the source text', () => {
    const dialog = cardOf(true);
    expect(dialog.textContent).toContain(`Source: ${dataset.source.title}`);
    expect(dialog.textContent).toContain(t('cardEvidenceChecked'));
  });

  test('claims no check when the dataset carried no source text', () => {
    expect(cardOf(false).textContent).not.toContain(t('cardEvidenceChecked'));
  });
});
