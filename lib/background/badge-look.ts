import type { Translate } from '../i18n/translate';
import type { PageStatus } from '../messages';
import { badgeText } from './badge-text';

/** How the toolbar button looks for one tab. */
export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

const ON_COLOR = '#17395c';
const OFF_COLOR = '#5f6b7a';

/**
 * The badge for a page: its mention count while Context Cards runs there (nothing at zero),
 * and a grey "off" with a tooltip saying why when the site or the whole extension is off.
 */
export function badgeLook(status: PageStatus, count: number, t: Translate): BadgeLook {
  if (status === 'on') {
    const title = count > 0 ? t('badgeTitleCount', count) : t('actionTitle');
    return { text: badgeText(count), color: ON_COLOR, title };
  }
  const title = status === 'extension-off' ? t('badgeTitleExtensionOff') : t('badgeTitleSiteOff');
  return { text: t('badgeOff'), color: OFF_COLOR, title };
}
