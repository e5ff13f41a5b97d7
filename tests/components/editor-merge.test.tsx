// A suggestion's "merge into" list starts on a placeholder that cannot be chosen, and Merge
// stays off until the author picks where it goes: no merge into a name nobody chose.
import { fireEvent, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import es from '../../public/_locales/es/messages.json';
import { catalogTranslate } from './translate';
import { fakeService, renderEditor } from './editor-render';

test('the merge list starts on a disabled placeholder, and Merge waits for a choice', async () => {
  const { service } = fakeService();
  await renderEditor(service);
  const carvajal = screen.getByRole('listitem', { name: 'Carvajal' });
  const into = within(carvajal).getByRole<HTMLSelectElement>('combobox', {
    name: 'Merge Carvajal into',
  });
  const merge = within(carvajal).getByRole<HTMLButtonElement>('button', {
    name: 'Merge Carvajal',
  });
  expect(into.value).toBe('');
  const placeholder = into.options[0]!;
  expect(placeholder.textContent).toBe('Merge into…');
  expect(placeholder.disabled).toBe(true);
  expect(placeholder.selected).toBe(true);
  expect(merge.disabled).toBe(true);
  fireEvent.click(merge);
  expect(screen.getByRole('listitem', { name: 'Carvajal' })).toBeTruthy();

  fireEvent.change(into, { target: { value: 'ines-carvajal' } });
  expect(merge.disabled).toBe(false);
  fireEvent.click(merge);
  expect(screen.queryByRole('listitem', { name: 'Carvajal' })).toBeNull();
});

test('in Spanish the placeholder reads “Combinar con…”', async () => {
  const { service } = fakeService();
  await renderEditor(service, catalogTranslate(es));
  const carvajal = screen.getByRole('listitem', { name: 'Carvajal' });
  const into = within(carvajal).getByRole<HTMLSelectElement>('combobox', {
    name: 'Combinar Carvajal con',
  });
  expect(into.options[0]!.textContent).toBe(es.editorMergePlaceholder.message);
  expect(into.options[0]!.textContent).toBe('Combinar con…');
  expect(into.options[0]!.disabled).toBe(true);
  const merge = within(carvajal).getByRole<HTMLButtonElement>('button', {
    name: `${es.editorMerge.message} Carvajal`,
  });
  expect(merge.disabled).toBe(true);
});
