import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { jsonFile, renderOptions } from './options-render';

beforeEach(() => fakeBrowser.reset());

const sync = async () => fakeBrowser.storage.sync.get(null);
const sitesSection = () => within(screen.getByRole('region', { name: 'Where it runs' }));

function addSite(text: string) {
  fireEvent.input(sitesSection().getByRole('textbox', { name: 'Add a site' }), {
    target: { value: text },
  });
  fireEvent.click(sitesSection().getByRole('button', { name: 'Add' }));
}

test('a site is added in its canonical form, edited and removed', async () => {
  await renderOptions();
  addSite('https://WWW.München.de/news');
  await sitesSection().findByText('münchen.de');
  expect(await sync()).toEqual({ 'site-off/xn--mnchen-3ya.de': { subdomains: true } });

  fireEvent.click(
    sitesSection().getByRole('checkbox', { name: 'Include subdomains of münchen.de' }),
  );
  await waitFor(async () =>
    expect(await sync()).toEqual({ 'site-off/xn--mnchen-3ya.de': { subdomains: false } }),
  );
  fireEvent.click(sitesSection().getByRole('button', { name: 'Remove münchen.de' }));
  await sitesSection().findByText('No sites listed.');
  expect(await sync()).toEqual({});
});

test('text that is not a hostname is refused with a message, and nothing is stored', async () => {
  await renderOptions();
  addSite('not a site');
  const alert = await sitesSection().findByRole('alert');
  expect(alert.textContent).toBe('“not a site” is not a hostname. Write it like example.com.');
  const field = sitesSection().getByRole('textbox', { name: 'Add a site' });
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(field.getAttribute('aria-describedby')).toContain(alert.id);
  expect(await sync()).toEqual({});
});

test('a long refused text is quoted shortened, with an ellipsis', async () => {
  await renderOptions();
  const long = 'x'.repeat(300);
  addSite(`${long} y`);
  const alert = await sitesSection().findByRole('alert');
  expect(alert.textContent).toBe(
    `“${'x'.repeat(80)}…” is not a hostname. Write it like example.com.`,
  );
});

test('a name that decodes to nothing is refused, not added as a blank row', async () => {
  await renderOptions();
  addSite('xn--');
  const alert = await sitesSection().findByRole('alert');
  expect(alert.textContent).toBe('“xn--” is not a hostname. Write it like example.com.');
  expect(await sync()).toEqual({});
});

test('the list shown is the one of the mode: each mode keeps its own', async () => {
  await fakeBrowser.storage.sync.set({
    'site-off/off.example': { subdomains: true },
    'site-on/on.example': { subdomains: true },
  });
  await renderOptions();
  expect(sitesSection().getByText('off.example')).toBeTruthy();
  fireEvent.click(sitesSection().getByRole('radio', { name: 'Only on the sites listed below' }));
  await sitesSection().findByRole('heading', { name: 'Sites where Context Cards is on' });
  expect(sitesSection().getByText('on.example')).toBeTruthy();
  expect(sitesSection().queryByText('off.example')).toBeNull();
});

test('the list is exported as a file, and a file replaces it', async () => {
  await fakeBrowser.storage.sync.set({ 'site-off/old.example': { subdomains: true } });
  const { download } = await renderOptions();
  fireEvent.click(sitesSection().getByRole('button', { name: 'Export this list' }));
  expect(download).toHaveBeenCalledWith('context-cards-sites-off.json', expect.any(String));
  const exported = JSON.parse(download.mock.calls[0]![1]) as unknown;
  expect(exported).toEqual({
    format: 'context-cards-sites',
    version: 1,
    sites: [{ host: 'old.example', subdomains: true }],
  });

  const file = jsonFile(
    'mine.json',
    JSON.stringify({
      format: 'context-cards-sites',
      version: 1,
      sites: ['a.example', 'b.example'],
    }),
  );
  const input = screen
    .getByRole('region', { name: 'Where it runs' })
    .querySelector('input[type=file]')!;
  fireEvent.change(input, { target: { files: [file] } });
  await sitesSection().findByText('Imported “mine.json”. Sites in the list: 2.');
  expect(Object.keys(await sync()).sort()).toEqual(['site-off/a.example', 'site-off/b.example']);
});

test('a bad list file is refused with every problem and its path', async () => {
  await fakeBrowser.storage.sync.set({ 'site-off/keep.example': { subdomains: true } });
  await renderOptions();
  const file = jsonFile(
    'bad.json',
    JSON.stringify({
      format: 'context-cards-sites',
      version: 1,
      sites: ['ok.example', 'no way', 7],
    }),
  );
  const input = screen
    .getByRole('region', { name: 'Where it runs' })
    .querySelector('input[type=file]')!;
  fireEvent.change(input, { target: { files: [file] } });
  const alert = await sitesSection().findByRole('alert');
  expect(
    within(alert).getByText('“bad.json” was not imported, and nothing was changed:'),
  ).toBeTruthy();
  expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
    'sites[1].host Not a hostname.',
    'sites[2] Not a valid value here.',
  ]);
  expect(await sync()).toEqual({ 'site-off/keep.example': { subdomains: true } });
});

test('a listed look-alike name is shown, and its controls named, in punycode', async () => {
  await fakeBrowser.storage.sync.set({ 'site-off/xn--80ak6aa92e.com': { subdomains: true } });
  await renderOptions();
  await sitesSection().findByText('xn--80ak6aa92e.com');
  expect(sitesSection().getByRole('button', { name: 'Remove xn--80ak6aa92e.com' })).toBeTruthy();
});
