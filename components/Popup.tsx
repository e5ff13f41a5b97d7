import { KIND_MESSAGES } from './kind-label';
import { useTranslate } from './use-translate';
import { displayHost } from '../lib/sites/host';
import { siteSwitchOn } from '../lib/sites/site-rules';
import { countMessage } from '../lib/i18n/translate';
import type { MessageKey } from '../lib/i18n/translate';
import type { PageStatus } from '../lib/messages';
import type { PopupView, StoryExplanation, Unavailable } from '../lib/popup/popup-model';

/** What the popup shows and what the reader can do with it. */
export interface PopupProps {
  view: PopupView;
  onSiteSwitch: (on: boolean) => void;
  onGlobalSwitch: (on: boolean) => void;
  onShowEntry: (entryId: string) => void;
  onOpenOptions: () => void;
  /** Opens the story editor on this page; absent where the page cannot be read. */
  onMakeCards?: () => void;
}

const UNAVAILABLE: Record<Unavailable, MessageKey> = {
  scheme: 'popupUnavailableScheme',
  'no-answer': 'popupUnavailableNoAnswer',
  unknown: 'popupUnavailableUnknown',
};

const STATUS: Record<Exclude<PageStatus, 'on'>, MessageKey> = {
  'site-off': 'popupStatusSiteOff',
  'extension-off': 'popupStatusExtensionOff',
  'not-listed': 'popupStatusNotListed',
};

/** The toolbar popup: this site's switch, the global switch and what this page mentions. */
export function Popup({
  view,
  onSiteSwitch,
  onGlobalSwitch,
  onShowEntry,
  onOpenOptions,
  onMakeCards,
}: PopupProps) {
  const t = useTranslate();
  return (
    <main class="cc-theme cc-popup" aria-busy={view.kind === 'loading'}>
      <h1 class="cc-popup-title">{t('extName')}</h1>
      {view.kind === 'loading' && <p>{t('popupLoading')}</p>}
      {view.kind === 'unavailable' && <p class="cc-popup-note">{t(UNAVAILABLE[view.why])}</p>}
      {view.kind === 'page' && (
        <PageSection
          view={view}
          onSiteSwitch={onSiteSwitch}
          onGlobalSwitch={onGlobalSwitch}
          onShowEntry={onShowEntry}
        />
      )}
      {onMakeCards && (
        <button type="button" class="cc-popup-link" onClick={onMakeCards}>
          {t('editorOpenFromPopup')}
        </button>
      )}
      <button type="button" class="cc-popup-link" onClick={onOpenOptions}>
        {t('popupOptions')}
      </button>
    </main>
  );
}

type PageProps = Omit<PopupProps, 'view' | 'onOpenOptions'> & {
  view: Extract<PopupView, { kind: 'page' }>;
};

function PageSection({
  view: { state, groups, why = [] },
  onSiteSwitch,
  onGlobalSwitch,
  onShowEntry,
}: PageProps) {
  const t = useTranslate();
  const enabled = state.status !== 'extension-off';
  const siteOn = siteSwitchOn(state.mode, state.rule);
  return (
    <>
      <p class="cc-popup-site">{displayHost(state.host)}</p>
      <Switch label={t('popupSiteSwitch')} on={siteOn} onChange={onSiteSwitch} />
      <Switch label={t('popupGlobalSwitch')} on={enabled} onChange={onGlobalSwitch} />
      {state.status !== 'on' ? (
        <p class="cc-popup-note">{t(STATUS[state.status])}</p>
      ) : state.mentions.total === 0 ? (
        <>
          <p class="cc-popup-note">{state.scanning ? t('popupScanning') : t('popupNoMentions')}</p>
          <StoryReasons why={why} />
        </>
      ) : (
        <section aria-labelledby="cc-popup-total">
          <h2 id="cc-popup-total" class="cc-popup-total">
            {countMessage(t, state.mentions.total, 'popupTotalOne', 'popupTotalOther')}
          </h2>
          <StoryReasons why={why} />
          {groups.map((group) => (
            <section
              key={group.kind}
              class="cc-popup-group"
              aria-label={t(KIND_MESSAGES[group.kind])}
            >
              <h3 class={`cc-popup-kind cc-kind-${group.kind}`}>
                {t(KIND_MESSAGES[group.kind])} <span class="cc-popup-count">{group.count}</span>
              </h3>
              <ul>
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <button
                      type="button"
                      class="cc-popup-entry"
                      onClick={() => onShowEntry(entry.id)}
                    >
                      <span class="cc-popup-name">{entry.name}</span>
                      <span class="cc-popup-count">
                        {countMessage(t, entry.count, 'popupMentionsOne', 'popupMentionsOther')}
                      </span>
                      <span class="cc-popup-description">{entry.description}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </>
  );
}

/** Why the page counts, or not, as about each story it names: the entries it names. */
function StoryReasons({ why }: { why: readonly StoryExplanation[] }) {
  const t = useTranslate();
  return why.map(({ about, names, count }, i) => {
    const shown = names.join(', ');
    const list = count > names.length ? t('popupNamesMore', shown, count - names.length) : shown;
    const [one, other] = about
      ? (['popupWhyOne', 'popupWhyOther'] as const)
      : (['popupWhyNotOne', 'popupWhyNotOther'] as const);
    return (
      <p key={i} class="cc-popup-why">
        {count === 1 ? t(one, list) : t(other, count, list)}
      </p>
    );
  });
}

/** A checkbox that screen readers announce as a switch, named by its label. */
function Switch(props: { label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="cc-popup-switch">
      <input
        type="checkbox"
        role="switch"
        checked={props.on}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}
