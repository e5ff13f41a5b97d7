import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings } from '../../lib/settings/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/values';
import es from '../../public/_locales/es/messages.json';
import { renderOptions } from './options-render';
import { catalogTranslate } from './translate';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const sync = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key];

test('every section is there, reachable from the links at the top', async () => {
  await renderOptions();
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(headings).toEqual([
    'Where it runs',
    'How highlights look',
    'Cards',
    'Datasets for other stories',
    'Make cards for any story',
    'Back up and reset',
    'Everything Context Cards knows',
  ]);
  const links = screen.getByRole('navigation', { name: 'Sections' }).querySelectorAll('a');
  expect([...links].map((link) => link.textContent)).toEqual(headings);
  for (const link of links) expect(document.querySelector(link.hash)).not.toBeNull();
});

test('in Spanish, every section and control is named in Spanish', async () => {
  await renderOptions(catalogTranslate(es), 'es');
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(headings).toEqual(
    [
      'options.Sites',
      'options.Look',
      'options.Cards',
      'options.Datasets',
      'editor.Options',
      'options.Backup',
      'options.Browser',
    ].map((area) => es[`${area.replace('.', '')}Heading` as keyof typeof es].message),
  );
  expect(
    screen.getByRole('radio', { name: new RegExp(`^${es.optionsStyleSubtle.message}`) }),
  ).toBeTruthy();
  expect(screen.getByRole('slider', { name: es.optionsHoverDelay.message })).toBeTruthy();
  expect(document.body.textContent).not.toContain('Hover delay');
});

test('the controls show the stored settings, and change them', async () => {
  await fakeBrowser.storage.sync.set({ highlightStyle: 'underline', kinds: ['person'] });
  await renderOptions();
  expect(screen.getByRole('radio', { name: /^Underline/ })).toHaveProperty('checked', true);
  expect(screen.getByRole('checkbox', { name: 'Place' })).toHaveProperty('checked', false);

  fireEvent.click(screen.getByRole('radio', { name: /^Subtle/ }));
  await waitFor(async () => expect(await sync('highlightStyle')).toBe('subtle'));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Place' }));
  await waitFor(async () => expect(await sync('kinds')).toEqual(['person', 'place']));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Person' }));
  await waitFor(async () => expect(await sync('kinds')).toEqual(['place']));
  fireEvent.click(screen.getByRole('checkbox', { name: /first mention/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /everyday names/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /a tap on a highlight/ }));
  fireEvent.click(screen.getByRole('radio', { name: 'Only on the sites listed below' }));
  await waitFor(async () =>
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'subtle',
      kinds: ['place'],
      firstMentionOnly: true,
      storyOnly: false,
      tapOpensCards: false,
      siteMode: 'only',
    }),
  );
});

test('a change made elsewhere shows at once', async () => {
  await renderOptions();
  await fakeBrowser.storage.sync.set({ firstMentionOnly: true });
  await waitFor(() =>
    expect(screen.getByRole('checkbox', { name: /first mention/ })).toHaveProperty('checked', true),
  );
});

test('the hover delay is written once the reader stops, not on every step', async () => {
  await renderOptions();
  const slider = screen.getByRole('slider', { name: 'Hover delay' });
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  for (const value of [350, 400, 450, 500, 550, 600]) {
    fireEvent.input(slider, { target: { value: String(value) } });
  }
  expect(screen.getByText('600 ms')).toBeTruthy();
  expect(set).not.toHaveBeenCalled();
  fireEvent.blur(slider);
  await waitFor(async () => expect(await sync('hoverDelayMs')).toBe(600));
  expect(set).toHaveBeenCalledTimes(1);
});

test('the hover delay is written after a pause even without leaving the slider', async () => {
  await renderOptions();
  const slider = screen.getByRole('slider', { name: 'Hover delay' });
  fireEvent.input(slider, { target: { value: '850' } });
  await waitFor(async () => expect(await sync('hoverDelayMs')).toBe(850), { timeout: 2000 });
});

test('reset puts the preferences back and keeps the site lists', async () => {
  await fakeBrowser.storage.sync.set({
    hoverDelayMs: 900,
    highlightStyle: 'subtle',
    'site-off/example.com': { subdomains: true },
  });
  await renderOptions();
  fireEvent.click(screen.getByRole('button', { name: 'Reset preferences to defaults' }));
  await screen.findByText('Preferences are back to their defaults.');
  expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await sync('site-off/example.com')).toEqual({ subdomains: true });
  await waitFor(() => expect(screen.getByText('300 ms')).toBeTruthy());
});
