import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MAX_IMPORT_FILE_BYTES } from '../../lib/dataset-import/import-limits';
import { exampleText } from '../unit/example-datasets';
import { jsonFile, renderOptions } from './options-render';

beforeEach(() => fakeBrowser.reset());

const section = () => within(screen.getByRole('region', { name: 'Datasets for other stories' }));
const fileInput = () =>
  screen
    .getByRole('region', { name: 'Datasets for other stories' })
    .querySelector('input[type=file]')!;
const pick = (file: File) => fireEvent.change(fileInput(), { target: { files: [file] } });
const local = async () => fakeBrowser.storage.local.get(null);

test('the broken example: every problem listed with its path, and nothing stored', async () => {
  await renderOptions();
  pick(jsonFile('dataset-broken.json', exampleText('broken')));
  const alert = await section().findByRole('alert');
  expect(alert.querySelector('p')?.textContent).toBe(
    '“dataset-broken.json” was not imported: it is not a valid dataset, and nothing was stored. Problems found: 6.',
  );
  const problems = [...alert.querySelectorAll('li')].map((item) => [
    item.querySelector('code')?.textContent,
    item.querySelector('.problem-message')?.textContent,
  ]);
  expect(problems).toEqual([
    ['entries[0].description', 'The field "description" is missing.'],
    ['entries[0].descripton', expect.stringMatching(/^Unknown field "descripton"/)],
    ['entries[3].kind', expect.stringMatching(/^Must be one of person, .*"company"\.$/)],
    ['entries[6].aliases', 'Needs at least 1 alias.'],
    ['entries[7].facts[0].evidence', 'Must not be empty.'],
    ['entries[8].priority', 'Must be a whole number from -100 to 100.'],
  ]);
  expect(await local()).toEqual({});
  expect(section().getByText('No datasets imported yet.')).toBeTruthy();
});

test('a file that is not JSON is reported as a problem of the whole file', async () => {
  await renderOptions();
  pick(jsonFile('notes.json', 'just some notes'));
  const alert = await section().findByRole('alert');
  expect(alert.querySelector('code')?.textContent).toBe('(whole file)');
});

// What the page says when `file` is picked and refused as a whole; nothing may be stored.
async function refusalOf(file: File): Promise<string | null> {
  await renderOptions();
  pick(file);
  const alert = await section().findByRole('alert');
  expect(await local()).toEqual({});
  return alert.textContent;
}

test('a file over the limit is refused by its size, with the limit', async () => {
  expect(await refusalOf(jsonFile('huge.json', ' '.repeat(MAX_IMPORT_FILE_BYTES + 1)))).toBe(
    '“huge.json” was not imported: it is 2.01 MB, and a dataset file may be at most 2 MB.',
  );
});

test('the valid example: imported, listed, browsable, turned off and removed', async () => {
  await renderOptions();
  const drop = screen.getByText('Drop a dataset file here, or').parentElement!;
  fireEvent.drop(drop, {
    dataTransfer: { files: [jsonFile('dataset-valid.json', exampleText('valid'))] },
  });
  await section().findByText('Imported “Valmora votes to take back its water”. Entries: 10.');
  const item = (
    await section().findByRole('heading', { name: 'Valmora votes to take back its water' })
  ).closest('li')!;
  expect(item.textContent).toContain('Entries: 10');
  expect(item.textContent).toContain('evidence checked against its source text');

  // Its entries are in the browser, with their cards.
  const browser = within(screen.getByRole('region', { name: 'Everything Context Cards knows' }));
  fireEvent.input(browser.getByRole('searchbox', { name: 'Search' }), {
    target: { value: 'carvalho' },
  });
  const card = await browser.findByRole('heading', { name: 'Inês Carvalho' });
  expect(card.closest('li')?.textContent).toContain(
    'Source: Valmora votes to take back its water (local news report (written for this example)) Every excerpt is checked word for word against the source.',
  );

  fireEvent.click(
    within(item).getByRole('checkbox', {
      name: 'Highlight the entries of “Valmora votes to take back its water”',
    }),
  );
  await waitFor(async () =>
    expect((await local())['imported-datasets']).toEqual([
      expect.objectContaining({ enabled: false }),
    ]),
  );
  await waitFor(() => expect(browser.queryByRole('heading', { name: 'Inês Carvalho' })).toBeNull());

  fireEvent.click(
    within(item).getByRole('button', { name: 'Remove “Valmora votes to take back its water”' }),
  );
  await section().findByText('No datasets imported yet.');
  expect(await local()).toEqual({ 'imported-datasets': [] });
});

test('importing the same dataset again says that it replaces the first', async () => {
  await renderOptions();
  pick(jsonFile('dataset-valid.json', exampleText('valid')));
  await section().findByText(/^Imported “Valmora/);
  pick(jsonFile('dataset-valid.json', exampleText('valid')));
  await section().findByText(/^It replaces the dataset of the same title imported on /);
  expect(section().getAllByRole('heading', { level: 3 })).toHaveLength(1);
});

test('a file that is not UTF-8 is refused in plain words, not imported with its letters lost', async () => {
  // The valid example as an editor saves it in Latin-1: "Inês" becomes the bytes 49 6E EA 73.
  const latin1 = new File([Buffer.from(exampleText('valid'), 'latin1')], 'latin1.json');
  expect(await refusalOf(latin1)).toBe(
    '“latin1.json” was not imported: it is not written in UTF-8, the encoding of JSON files, so some of its letters would be lost. Save it as UTF-8 in your editor and import it again.',
  );
});

test('a UTF-8 file that starts with a byte order mark imports as any other', async () => {
  await renderOptions();
  const text = `\uFEFF${exampleText('valid')}`;
  pick(new File([new TextEncoder().encode(text)], 'with-bom.json'));
  await section().findByText('Imported “Valmora votes to take back its water”. Entries: 10.');
});
