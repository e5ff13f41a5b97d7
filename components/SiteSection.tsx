import type { OptionsActions } from '../lib/options/options-actions';
import { SITE_MODES } from '../lib/sites/site-rules';
import type { SiteList, SiteMode, SiteRule } from '../lib/sites/site-rules';
import type { MessageKey } from '../lib/i18n/translate';
import { SiteListEditor } from './SiteListEditor';
import { useTranslate } from './use-translate';

const MODE_LABELS: Record<SiteMode, MessageKey> = {
  all: 'optionsSiteModeAll',
  only: 'optionsSiteModeOnly',
};

/** The site mode and the site list it uses. */
export interface SiteSectionProps {
  mode: SiteMode;
  sites: Readonly<Record<SiteList, readonly SiteRule[]>>;
  actions: OptionsActions;
  download(filename: string, text: string): void;
}

/**
 * Where Context Cards runs: everywhere but the sites turned off, or only on the sites turned on.
 * Each mode has its own list, and switching modes keeps both.
 */
export function SiteSection({ mode, sites, actions, download }: SiteSectionProps) {
  const t = useTranslate();
  const list: SiteList = mode === 'only' ? 'on' : 'off';
  return (
    <section class="section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <fieldset>
        <legend>{t('optionsSiteModeLegend')}</legend>
        {SITE_MODES.map((choice) => (
          <label class="choice" key={choice}>
            <input
              type="radio"
              name="site-mode"
              value={choice}
              checked={mode === choice}
              onChange={() => void actions.setSetting('siteMode', choice)}
            />
            {t(MODE_LABELS[choice])}
          </label>
        ))}
      </fieldset>
      <h3>{t(list === 'on' ? 'optionsSitesOnHeading' : 'optionsSitesOffHeading')}</h3>
      <p class="hint">{t('optionsSitesOtherList')}</p>
      <SiteListEditor
        key={list}
        list={list}
        sites={sites[list]}
        actions={actions}
        download={download}
      />
    </section>
  );
}
