// The popup as its entrypoint builds it, from a source and actions passed in (as the options
// page is built): here fakes, so the wiring of reads and controls is tested without a browser.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { TranslateContext } from '../../components/use-translate';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import type { PageState } from '../../lib/messages';
import type { PopupActions, PopupSource } from '../../lib/popup/popup-actions';
import { groupEntries } from '../../lib/popup/popup-model';
import { catalogTranslate } from './translate';

afterEach(cleanup);

const t = catalogTranslate();
const state: PageState = {
  host: 'example.com',
  status: 'on',
  mode: 'all',
  rule: null,
  scanning: false,
  mentions: {
    url: 'https://example.com/',
    total: 1,
    entries: [{ entryId: 'claudia-sheinbaum', count: 1, texts: ['Sheinbaum'] }],
  },
  stories: [],
};

function fakes() {
  let changed = () => {};
  const source = {
    targetTab: vi.fn(async () => ({ id: 7 })),
    viewOfTab: vi.fn(async () => ({
      kind: 'page' as const,
      state,
      groups: groupEntries(state, bundledCatalog()),
    })),
    watch: vi.fn((listener: () => void) => {
      changed = listener;
      return () => {};
    }),
  } satisfies PopupSource;
  const actions = {
    switchSite: vi.fn(async () => {}),
    switchGlobal: vi.fn(async () => {}),
    showEntry: vi.fn(async () => true),
    openOptions: vi.fn(async () => {}),
    close: vi.fn(),
  } satisfies PopupActions;
  return { source, actions, settingsChanged: () => changed() };
}

function renderApp(search: string) {
  const { source, actions, settingsChanged } = fakes();
  render(
    <TranslateContext.Provider value={t}>
      <PopupApp source={source} actions={actions} search={search} />
    </TranslateContext.Provider>,
  );
  return { source, actions, settingsChanged };
}

test('reads the tab it acts for and shows its page', async () => {
  const { source } = renderApp('?tab=7');
  expect(await screen.findByText('example.com')).toBeTruthy();
  expect(source.targetTab).toHaveBeenCalledWith('?tab=7');
  expect(source.viewOfTab).toHaveBeenCalledWith({ id: 7 });
});

test('the switches act for the page’s site and everywhere', async () => {
  const { actions } = renderApp('');
  fireEvent.click(await screen.findByRole('switch', { name: t('popupSiteSwitch') }));
  expect(actions.switchSite).toHaveBeenCalledWith('example.com', false);
  fireEvent.click(screen.getByRole('switch', { name: t('popupGlobalSwitch') }));
  expect(actions.switchGlobal).toHaveBeenCalledWith(false);
});

test('choosing an entry opens its card in the tab, and the real popup steps aside', async () => {
  const { actions } = renderApp('');
  fireEvent.click(await screen.findByRole('button', { name: /Claudia Sheinbaum/ }));
  expect(actions.showEntry).toHaveBeenCalledWith(7, 'claudia-sheinbaum');
  await waitFor(() => expect(actions.close).toHaveBeenCalled());
});

test('a popup opened for a given tab stays open after choosing an entry', async () => {
  const { actions } = renderApp('?tab=7');
  fireEvent.click(await screen.findByRole('button', { name: /Claudia Sheinbaum/ }));
  await waitFor(() => expect(actions.showEntry).toHaveBeenCalled());
  expect(actions.close).not.toHaveBeenCalled();
});

test('reads the page again after a settings change', async () => {
  const { source, settingsChanged } = renderApp('');
  await screen.findByText('example.com');
  settingsChanged();
  await waitFor(() => expect(source.viewOfTab).toHaveBeenCalledTimes(2));
});
