import { readPageSettings } from '../settings/site-lists';
import type { Settings } from '../settings/values';
import type { SiteMode, SiteVerdict } from '../sites/site-rules';
import { siteVerdict } from '../sites/site-rules';

/** Whether Context Cards may run on a site, with the settings it then runs with. */
export interface SiteGate {
  verdict: SiteVerdict;
  mode: SiteMode;
  settings: Settings;
}

/** The site gate before the settings are read: off, as with the extension off. */
export const CLOSED_GATE: Omit<SiteGate, 'settings'> = {
  verdict: { on: false, reason: 'extension-off', rule: null },
  mode: 'all',
};

/** Reads the settings and the site lists that concern `host` (one storage read) and decides. */
export async function readSiteGate(host: string): Promise<SiteGate> {
  const { settings, sites } = await readPageSettings(host);
  return { verdict: siteVerdict(host, sites), mode: sites.mode, settings };
}
