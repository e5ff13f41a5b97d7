/**
 * The two site lists in storage, one key per listed site (`site-off/example.com`,
 * `site-on/example.com`): two browsers listing different sites at once both keep theirs, a list
 * is not bound by sync's size limit for one item, and a page reads only the few keys that can
 * concern its host.
 */
import { storage } from 'wxt/utils/storage';
import { parseHostInput } from '../sites/host';
import type { SiteList, SiteListChange, SiteRule, SiteSettings } from '../sites/site-rules';
import {
  candidateRuleHosts,
  siteSwitchChange,
  siteSwitchOn,
  siteVerdict,
} from '../sites/site-rules';
import { readSettings, settingValues } from './settings';
import { MAX_LISTED_SITES } from './site-limits';
import type { StoredRule } from './site-keys';
import { parseStoredRule, SITE_PREFIXES } from './site-keys';
import { onStorageChange } from './storage-changes';
import { readPairs, removeValues, SyncedValue, writeValues } from './synced-value';
import type { Settings } from './values';

export { MAX_LISTED_SITES } from './site-limits';

function ruleValue(list: SiteList, host: string): SyncedValue<StoredRule | null> {
  return new SyncedValue<StoredRule | null>(`${SITE_PREFIXES[list]}${host}`, parseStoredRule, null);
}

/** Everything a page needs to decide whether to run: all settings and the rules for `host`. */
export async function readPageSettings(
  host: string,
): Promise<{ settings: Settings; sites: SiteSettings }> {
  const hosts = candidateRuleHosts(host);
  const rules = (['off', 'on'] as const).flatMap((list) =>
    hosts.map((candidate) => ({ list, host: candidate, value: ruleValue(list, candidate) })),
  );
  const [settings, pairs] = await Promise.all([
    readSettings(),
    readPairs(rules.map((rule) => rule.value)),
  ]);
  const found = (list: SiteList) =>
    rules.flatMap((rule, i): SiteRule[] => {
      const stored = rule.list === list ? rule.value.decode(pairs[i]!) : null;
      return stored ? [{ host: rule.host, subdomains: stored.subdomains }] : [];
    });
  return {
    settings,
    sites: {
      enabled: settings.enabled,
      mode: settings.siteMode,
      offSites: found('off'),
      onSites: found('on'),
    },
  };
}

/** Every site of a list, sorted by host. A key whose host or value is not valid is skipped. */
export async function listSites(list: SiteList): Promise<SiteRule[]> {
  const [sync, local] = await Promise.all([snapshot('sync'), snapshot('local')]);
  const rules = new Map<string, SiteRule>();
  // Local values exist only where sync refused a write, so they win.
  for (const area of [sync, local]) {
    for (const [key, value] of Object.entries(area)) {
      if (!key.startsWith(SITE_PREFIXES[list])) continue;
      const host = key.slice(SITE_PREFIXES[list].length);
      const stored = parseStoredRule(value);
      if (!stored || parseHostInput(host) !== host) continue;
      rules.set(host, { host, subdomains: stored.subdomains });
    }
  }
  return [...rules.values()]
    .sort((a, b) => a.host.localeCompare(b.host))
    .slice(0, MAX_LISTED_SITES);
}

/** Adds a site to a list, or changes its subdomains; refuses past MAX_LISTED_SITES. */
export async function putSite(list: SiteList, rule: SiteRule): Promise<void> {
  const sites = await listSites(list);
  if (sites.length >= MAX_LISTED_SITES && !sites.some((site) => site.host === rule.host)) {
    throw new RangeError(`A list holds at most ${MAX_LISTED_SITES} sites.`);
  }
  await ruleValue(list, rule.host).set({ subdomains: rule.subdomains });
}

/** Removes a site from a list. */
export function removeSite(list: SiteList, host: string): Promise<void> {
  return ruleValue(list, host).remove();
}

/** Replaces a whole list (an import), in one removal and one write: sites not in `rules` go. */
export async function replaceSites(list: SiteList, rules: readonly SiteRule[]): Promise<void> {
  const keep = new Set(rules.map((rule) => rule.host));
  const stale = (await listSites(list)).filter((site) => !keep.has(site.host));
  await removeValues(stale.map((site) => ruleValue(list, site.host) as SyncedValue<unknown>));
  const kept = rules.slice(0, MAX_LISTED_SITES);
  await writeValues(
    kept.map(
      (rule) =>
        [
          ruleValue(list, rule.host) as SyncedValue<unknown>,
          { subdomains: rule.subdomains },
        ] as const,
    ),
  );
}

/** Makes the change the site switch asks for (see `siteSwitchChange`). */
async function applySiteChange(change: SiteListChange): Promise<void> {
  if (!change) return;
  if ('add' in change) await putSite(change.list, change.add);
  else await removeSite(change.list, change.remove.host);
}

/** Turns `host`'s own switch on or off in the current mode, or, with no `on`, the other way. */
export async function setSiteSwitch(host: string, on?: boolean): Promise<void> {
  const { sites } = await readPageSettings(host);
  const turnOn = on ?? !siteSwitchOn(sites.mode, siteVerdict(host, sites).rule);
  await applySiteChange(siteSwitchChange(host, sites, turnOn));
}

/** Calls `listener` whenever a site list, the site mode or the global switch changes. */
export function watchSites(listener: () => void): () => void {
  const names = new Set([settingValues.enabled.name, settingValues.siteMode.name]);
  return onStorageChange(
    (key) =>
      names.has(key) || key.startsWith(SITE_PREFIXES.off) || key.startsWith(SITE_PREFIXES.on),
    listener,
  );
}

async function snapshot(area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  try {
    return await storage.snapshot(area);
  } catch {
    return {};
  }
}
