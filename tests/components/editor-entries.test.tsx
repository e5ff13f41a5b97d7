// The editor's suggestions and entries, on a fake service: what the author does reaches the
// draft that is written, and the problems the import would find show next to their fields.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import type { Draft } from '../../lib/editor/editor-types';
import { fakeService, renderEditor } from './editor-render';

const row = (name: string) => screen.getByRole('listitem', { name });
const entry = (name: string) => screen.getByRole('region', { name });
const lastWritten = async (written: readonly Draft[]) => {
  await waitFor(() => expect(written.length).toBeGreaterThan(0), { timeout: 2000 });
  return written.at(-1)!;
};

test('suggestions are accepted and merged into the draft, then written', async () => {
  const { service, written } = fakeService();
  await renderEditor(service);
  fireEvent.click(
    within(row('Inés Carvajal')).getByRole('button', { name: 'Accept Inés Carvajal' }),
  );
  const carvajal = row('Carvajal');
  fireEvent.change(within(carvajal).getByRole('combobox', { name: 'Merge Carvajal into' }), {
    target: { value: 'ines-carvajal' },
  });
  fireEvent.click(within(carvajal).getByRole('button', { name: 'Merge Carvajal' }));
  expect(screen.queryByRole('listitem', { name: 'Carvajal' })).toBeNull();
  const ines = entry('Inés Carvajal');
  expect(within(ines).getByRole('textbox', { name: 'Alias 2' })).toHaveProperty(
    'value',
    'Carvajal',
  );
  const draft = await lastWritten(written);
  expect(draft.entries).toMatchObject([
    {
      id: 'ines-carvajal',
      name: 'Inés Carvajal',
      aliases: [{ text: 'Inés Carvajal' }, { text: 'Carvajal' }],
    },
  ]);
});

test('a quotation keeps its speaker while other entries change', async () => {
  const { service, written } = fakeService();
  await renderEditor(service);
  fireEvent.click(
    within(row('Inés Carvajal')).getByRole('button', { name: 'Accept Inés Carvajal' }),
  );
  fireEvent.click(within(row('Dana Okafor')).getByRole('button', { name: 'Accept Dana Okafor' }));
  const ines = entry('Inés Carvajal');
  fireEvent.click(within(ines).getByRole('button', { name: 'Add quotation' }));
  expect(within(ines).getByRole('combobox', { name: 'Speaker of quotation 1' })).toHaveProperty(
    'value',
    'ines-carvajal',
  );
  fireEvent.input(
    within(entry('Dana Okafor')).getByLabelText('Description (one line, your words)'),
    {
      target: { value: 'Director of the transit authority.' },
    },
  );
  await waitFor(
    () =>
      expect(written.at(-1)?.entries[1]?.description).toBe('Director of the transit authority.'),
    { timeout: 2000 },
  );
  expect(written.at(-1)!.entries[0]!.quotes).toEqual([
    { text: 'The harbor belongs to everyone,', speaker: 'ines-carvajal' },
  ]);
});
