import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import type { PopupProps } from '../../components/Popup';
import { TranslateContext } from '../../components/use-translate';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import type { PageState } from '../../lib/messages';
import type { PopupView } from '../../lib/popup/popup-model';
import { explainStories, groupEntries } from '../../lib/popup/popup-model';
import { catalogTranslate } from './translate';

afterEach(cleanup);

const catalog = bundledCatalog();
const t = catalogTranslate();

function pageState(over: Partial<PageState> = {}): PageState {
  return {
    host: 'xn--mnchen-3ya.de',
    status: 'on',
    mode: 'all',
    rule: null,
    scanning: false,
    mentions: {
      url: 'https://www.example.com/',
      total: 6,
      entries: [
        { entryId: 'claudia-sheinbaum', count: 1, texts: ['Sheinbaum'] },
        { entryId: 'donald-trump', count: 3, texts: ['Trump'] },
        { entryId: 'mexico', count: 2, texts: ['Mexico'] },
      ],
    },
    stories: [],
    ...over,
  };
}

const pageView = (state: PageState): PopupView => ({
  kind: 'page',
  state,
  groups: groupEntries(state, catalog),
});

function renderPopup(view: PopupView) {
  const props: PopupProps = {
    view,
    onSiteSwitch: vi.fn(),
    onGlobalSwitch: vi.fn(),
    onShowEntry: vi.fn(),
    onOpenOptions: vi.fn(),
  };
  render(
    <TranslateContext.Provider value={t}>
      <Popup {...props} />
    </TranslateContext.Provider>,
  );
  return props;
}

const siteSwitch = () => screen.getByRole('switch', { name: t('popupSiteSwitch') });
const globalSwitch = () => screen.getByRole('switch', { name: t('popupGlobalSwitch') });

describe('popup', () => {
  test('lists the entries grouped by kind, most mentioned first, with counts and a total', () => {
    const props = renderPopup(pageView(pageState()));
    expect(screen.getByText('münchen.de')).toBeTruthy();
    expect(screen.getByRole('heading', { name: t('popupTotalOther', 6) })).toBeTruthy();
    const groups = screen.getAllByRole('region').slice(1);
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([
      t('kindPerson'),
      t('kindPlace'),
    ]);
    const people = within(groups[0]!).getAllByRole('button');
    expect(people.map((b) => b.querySelector('.cc-popup-name')?.textContent)).toEqual([
      'Donald Trump',
      'Claudia Sheinbaum',
    ]);
    expect(people[0]!.textContent).toContain(t('popupMentionsOther', 3));
    expect(people[0]!.textContent).toContain(catalog.get('donald-trump')!.description);
    fireEvent.click(people[1]!);
    expect(props.onShowEntry).toHaveBeenCalledWith('claudia-sheinbaum');
  });

  test('the switches are on and turn the site or everything off', () => {
    const props = renderPopup(pageView(pageState()));
    expect((siteSwitch() as HTMLInputElement).checked).toBe(true);
    expect((globalSwitch() as HTMLInputElement).checked).toBe(true);
    fireEvent.click(siteSwitch());
    expect(props.onSiteSwitch).toHaveBeenCalledWith(false);
    fireEvent.click(globalSwitch());
    expect(props.onGlobalSwitch).toHaveBeenCalledWith(false);
  });

  test('says so when nothing of the story is mentioned', () => {
    const empty = pageState({
      mentions: { url: 'https://www.example.com/', total: 0, entries: [] },
    });
    renderPopup(pageView(empty));
    expect(screen.getByText(t('popupNoMentions'))).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /Trump/ })).toEqual([]);
  });

  test('a site switched off shows its switch off and no entries', () => {
    const rule = { host: 'xn--mnchen-3ya.de', subdomains: true };
    const props = renderPopup(pageView(pageState({ status: 'site-off', rule })));
    expect((siteSwitch() as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(t('popupStatusSiteOff'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Trump/ })).toBeNull();
    fireEvent.click(siteSwitch());
    expect(props.onSiteSwitch).toHaveBeenCalledWith(true);
  });

  test('off everywhere: the global switch is off, the site keeps its own choice', () => {
    renderPopup(pageView(pageState({ status: 'extension-off' })));
    expect((globalSwitch() as HTMLInputElement).checked).toBe(false);
    expect((siteSwitch() as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(t('popupStatusExtensionOff'))).toBeTruthy();
  });

  test('mode "only": an unlisted site is off until turned on', () => {
    renderPopup(pageView(pageState({ status: 'not-listed', mode: 'only' })));
    expect((siteSwitch() as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(t('popupStatusNotListed'))).toBeTruthy();
  });

  test.each([
    ['scheme', 'popupUnavailableScheme'],
    ['no-answer', 'popupUnavailableNoAnswer'],
    ['unknown', 'popupUnavailableUnknown'],
  ] as const)('explains a page it cannot run on (%s), keeps the options link', (why, key) => {
    const props = renderPopup({ kind: 'unavailable', why });
    expect(screen.getByText(t(key))).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t('popupOptions') }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });
});

test('a name of Cyrillic letters that look Latin is shown in punycode, as the address bar shows it', () => {
  renderPopup(pageView(pageState({ host: 'xn--80ak6aa92e.com' })));
  expect(document.querySelector('.cc-popup-site')?.textContent).toBe('xn--80ak6aa92e.com');
});

describe('why the page counts as about the story', () => {
  test('names the entries that weigh most, cut short, with how many there are', () => {
    const state = pageState({
      stories: [
        {
          story: 'bundled',
          about: true,
          entryIds: [
            'claudia-sheinbaum',
            'donald-trump',
            'mexico',
            'marco-rubio',
            'fifa',
            'fto-designation',
          ],
        },
      ],
    });
    renderPopup({
      kind: 'page',
      state,
      groups: groupEntries(state, catalog),
      why: explainStories(state, catalog),
    });
    const names = ['claudia-sheinbaum', 'donald-trump', 'mexico', 'marco-rubio', 'fifa']
      .map((id) => catalog.get(id)!.name)
      .join(', ');
    expect(screen.getByText(t('popupWhyOther', 6, t('popupNamesMore', names, 1)))).toBeTruthy();
  });

  test('says why a page that names only everyday entries stays dark', () => {
    const state = pageState({
      mentions: { url: 'https://example.com/', total: 0, entries: [] },
      stories: [{ story: 'bundled', about: false, entryIds: ['mexico'] }],
    });
    renderPopup({
      kind: 'page',
      state,
      groups: groupEntries(state, catalog),
      why: explainStories(state, catalog),
    });
    expect(screen.getByText(t('popupNoMentions'))).toBeTruthy();
    expect(screen.getByText(t('popupWhyNotOne', catalog.get('mexico')!.name))).toBeTruthy();
  });
});
