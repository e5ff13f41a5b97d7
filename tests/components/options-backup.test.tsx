import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readBackup } from '../../lib/settings/settings-backup';
import { jsonFile, renderOptions } from './options-render';

beforeEach(() => fakeBrowser.reset());

const section = () => within(screen.getByRole('region', { name: 'Back up and reset' }));
const pick = (file: File) =>
  fireEvent.change(
    screen.getByRole('region', { name: 'Back up and reset' }).querySelector('input[type=file]')!,
    { target: { files: [file] } },
  );

test('export offers a file that, imported after changes, brings everything back', async () => {
  await fakeBrowser.storage.sync.set({
    hoverDelayMs: 700,
    kinds: ['person', 'place'],
    siteMode: 'only',
    'site-on/news.example': { subdomains: false },
    'site-off/quiet.example': { subdomains: true },
  });
  const before = await readBackup();
  const { download } = await renderOptions();
  fireEvent.click(section().getByRole('button', { name: 'Export settings' }));
  await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
  const [filename, text] = download.mock.calls[0]!;
  expect(filename).toBe('context-cards-settings.json');

  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.sync.set({ 'site-on/other.example': { subdomains: true } });
  pick(jsonFile(filename, text));
  await section().findByText(`Settings imported from “${filename}”.`);
  expect(await readBackup()).toEqual(before);
});

test('a bad settings file is refused with its problems, and changes nothing', async () => {
  await fakeBrowser.storage.sync.set({ hoverDelayMs: 700 });
  await renderOptions();
  const file = {
    format: 'context-cards-settings',
    version: 1,
    settings: { hoverDelayMs: 20, style: 'glow' },
    sites: { off: ['fine.example'] },
  };
  pick(jsonFile('settings.json', JSON.stringify(file)));
  const alert = await section().findByRole('alert');
  expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
    'settings.hoverDelayMs Not a valid value here.',
    'settings.style Unknown field: check its spelling.',
  ]);
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({ hoverDelayMs: 700 });
});

test('a dataset given as a settings file is named as the wrong kind of file', async () => {
  await renderOptions();
  pick(jsonFile('dataset.json', JSON.stringify({ version: 2, entries: [] })));
  const alert = await section().findByRole('alert');
  expect(alert.querySelector('li')?.textContent).toBe(
    'format This is not a Context Cards file of the kind expected here.',
  );
});

test('a settings file that is not UTF-8 is refused as a whole, and changes nothing', async () => {
  await renderOptions();
  const text = JSON.stringify({
    format: 'context-cards-settings',
    version: 1,
    sites: { off: ['münchen.de'] },
  });
  pick(new File([Buffer.from(text, 'latin1')], 'settings.json'));
  const alert = await section().findByRole('alert');
  expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
    '(whole file) The file is not written in UTF-8, the encoding of JSON files. Save it as UTF-8 and try again.',
  ]);
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
});
