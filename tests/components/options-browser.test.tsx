import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BROWSER_PAGE_SIZE } from '../../components/EntryBrowser';
import { bundledDataset } from '../../lib/dataset';
import { renderOptions } from './options-render';

beforeEach(() => fakeBrowser.reset());

const browser = () =>
  within(screen.getByRole('region', { name: 'Everything Context Cards knows' }));
const cardNames = () =>
  browser()
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
const search = (text: string) =>
  fireEvent.input(browser().getByRole('searchbox', { name: 'Search' }), {
    target: { value: text },
  });

test('every entry is there as a card, a page at a time', async () => {
  await renderOptions();
  const total = bundledDataset.entries.length;
  expect(browser().getByRole('status').textContent).toBe(`Entries found: ${total} of ${total}`);
  expect(cardNames()).toHaveLength(BROWSER_PAGE_SIZE);
  fireEvent.click(browser().getByRole('button', { name: 'Show more' }));
  expect(cardNames()).toHaveLength(Math.min(total, 2 * BROWSER_PAGE_SIZE));
});

test('search finds names, aliases and descriptions, ignoring accents', async () => {
  await renderOptions();
  search('lopez obrador');
  expect(cardNames()).toEqual(['Andrés Manuel López Obrador']);
  search('AMLO');
  expect(cardNames()).toEqual(['Andrés Manuel López Obrador']);
  search('zzzz');
  expect(browser().getByRole('status').textContent).toBe('No entry matches.');
});

test('the kind filter keeps one kind', async () => {
  await renderOptions();
  fireEvent.change(browser().getByRole('combobox', { name: 'Kind' }), {
    target: { value: 'event' },
  });
  const events = bundledDataset.entries.filter((entry) => entry.kind === 'event');
  expect(cardNames()).toEqual(events.map((entry) => entry.name));
  const kinds = browser()
    .getAllByRole('article')
    .map((card) => card.getAttribute('data-kind'));
  expect(new Set(kinds)).toEqual(new Set(['event']));
});

test('a related entry opens by searching for it', async () => {
  await renderOptions();
  search('Claudia Sheinbaum');
  const card = browser().getByRole('heading', { name: 'Claudia Sheinbaum' }).closest('article')!;
  fireEvent.click(within(card).getByRole('button', { name: 'Marco Rubio' }));
  expect(browser().getByRole<HTMLInputElement>('searchbox').value).toBe('Marco Rubio');
  expect(cardNames()[0]).toBe('Marco Rubio');
});
