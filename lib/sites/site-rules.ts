import { isIpAddress } from './host';

/**
 * Whether Context Cards runs on a site, decided as Dark Reader decides it: a global switch, a
 * mode, and one list of sites per mode, so that switching modes never loses either list.
 * Pure logic over canonical hosts (see `host.ts`).
 */

/** "On everywhere except sites I turn off" (the default) or "Only on sites I turn on". */
export type SiteMode = 'all' | 'only';

/** The modes, in the order the options page lists them. */
export const SITE_MODES: readonly SiteMode[] = ['all', 'only'];

/** One site a reader listed: a canonical host, with or without its subdomains. */
export interface SiteRule {
  readonly host: string;
  /** Also every host under it (`news.example.com` under `example.com`). */
  readonly subdomains: boolean;
}

/** What the decision needs to know. */
export interface SiteSettings {
  readonly enabled: boolean;
  readonly mode: SiteMode;
  /** Sites turned off, used in mode `all`. */
  readonly offSites: readonly SiteRule[];
  /** Sites turned on, used in mode `only`. */
  readonly onSites: readonly SiteRule[];
}

/** Why Context Cards does not run on a site: off everywhere, off here, or not listed as on. */
export const OFF_REASONS = ['extension-off', 'site-off', 'not-listed'] as const;

/** One of {@link OFF_REASONS}. */
export type OffReason = (typeof OFF_REASONS)[number];

/** Why a site is on or off, for the popup and the badge. */
export type SiteVerdict =
  { on: true; rule: SiteRule | null } | { on: false; reason: OffReason; rule: SiteRule | null };

/** True when `rule` covers `host`. An IP address rule covers only itself. */
export function ruleCovers(rule: SiteRule, host: string): boolean {
  if (host === rule.host) return true;
  return rule.subdomains && !isIpAddress(rule.host) && host.endsWith(`.${rule.host}`);
}

/** The most specific rule of `rules` that covers `host`, or null. */
export function coveringRule(rules: readonly SiteRule[], host: string): SiteRule | null {
  let best: SiteRule | null = null;
  for (const rule of rules) {
    if (ruleCovers(rule, host) && (!best || rule.host.length > best.host.length)) best = rule;
  }
  return best;
}

/** Decides whether Context Cards runs on `host` (a canonical host). */
export function siteVerdict(host: string, settings: SiteSettings): SiteVerdict {
  if (settings.mode === 'only') {
    const rule = coveringRule(settings.onSites, host);
    if (!settings.enabled) return { on: false, reason: 'extension-off', rule };
    return rule ? { on: true, rule } : { on: false, reason: 'not-listed', rule: null };
  }
  const rule = coveringRule(settings.offSites, host);
  if (!settings.enabled) return { on: false, reason: 'extension-off', rule };
  return rule ? { on: false, reason: 'site-off', rule } : { on: true, rule: null };
}

/**
 * The hosts whose rules may cover `host`: itself and each parent domain (`a.b.c` → `a.b.c`,
 * `b.c`, `c`), so that a page reads only the few rules that can concern it.
 */
export function candidateRuleHosts(host: string): string[] {
  if (isIpAddress(host)) return [host];
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/** Which list a rule lives in: the sites turned off (mode `all`) or turned on (mode `only`). */
export type SiteList = 'off' | 'on';

/** A change to one list that the switch "Highlight on this site" makes. */
export type SiteListChange =
  { list: SiteList; add: SiteRule } | { list: SiteList; remove: SiteRule } | null;

/**
 * Whether a site's own switch is on, whatever the global switch: `rule` is the rule of the
 * current mode's list that covers the site (a site verdict's rule). A listed site is off in mode
 * `all` and on in mode `only`.
 */
export function siteSwitchOn(mode: SiteMode, rule: SiteRule | null): boolean {
  return mode === 'all' ? rule === null : rule !== null;
}

/**
 * What turning `host`'s own switch on or off (see `siteSwitchOn`) changes, in the current mode.
 * Turning a site off in mode `all` lists it with its subdomains; turning it on removes the rule
 * that covers it, which may be a parent domain's (the popup says so). Mode `only` mirrors that
 * with its list. Null when nothing needs to change.
 */
export function siteSwitchChange(
  host: string,
  settings: SiteSettings,
  turnOn: boolean,
): SiteListChange {
  const list: SiteList = settings.mode === 'only' ? 'on' : 'off';
  const rules = list === 'on' ? settings.onSites : settings.offSites;
  const rule = coveringRule(rules, host);
  if (siteSwitchOn(settings.mode, rule) === turnOn) return null;
  return rule ? { list, remove: rule } : { list, add: { host, subdomains: true } };
}
