/**
 * The first stage's one read of storage: the settings it decides with, the site rules that can
 * concern the page's host and the stored scout table (when imported datasets are on). It reads
 * the raw keys with the browser's own API rather than through WXT storage and the polyfill,
 * which stay in the stages that load on demand (see the README's "Three stages"): the same keys,
 * the same checks, the same fallbacks; a corrupt value reads as its default here, and is
 * repaired by the page stage or the options page that own it.
 */
import { browser } from '@wxt-dev/browser';
import { SCOUT_TABLE } from '../settings/imported-dataset-keys';
import type { StoredRule } from '../settings/site-keys';
import { parseStoredRule, SITE_PREFIXES } from '../settings/site-keys';
import { DEFAULT_SETTINGS, SETTING_PARSERS } from '../settings/values';
import type { Parse } from '../parse';
import type { SiteRule, SiteVerdict } from '../sites/site-rules';
import { candidateRuleHosts, siteVerdict } from '../sites/site-rules';

/** What the first stage decides with. */
export interface ScoutGate {
  verdict: SiteVerdict;
  /** The reader's "only on pages about the story" setting. */
  storyOnly: boolean;
  /** The stored scout table as it is (checked by its reader), or undefined. */
  storedTable: unknown;
}

/** The settings keys the first stage reads; a change to any of them is read again. */
export const GATE_SETTINGS = ['enabled', 'siteMode', 'storyOnly'] as const;

/** True when a change to storage key `key` can change the gate. */
export function concernsGate(key: string): boolean {
  return (
    (GATE_SETTINGS as readonly string[]).includes(key) ||
    key === SCOUT_TABLE ||
    Object.values(SITE_PREFIXES).some((prefix) => key.startsWith(prefix))
  );
}

/** Reads everything the gate needs for `host`: one call per storage area; never throws. */
export async function readScoutGate(host: string): Promise<ScoutGate> {
  const hosts = candidateRuleHosts(host);
  const ruleKeys = (list: 'off' | 'on') =>
    hosts.map((candidate) => SITE_PREFIXES[list] + candidate);
  const keys = [...GATE_SETTINGS, ...ruleKeys('off'), ...ruleKeys('on')];
  const [local, sync] = await Promise.all([
    readArea('local', [...keys, SCOUT_TABLE]),
    readArea('sync', keys),
  ]);
  // A value in local exists only because a write to sync failed: it wins (lib/settings).
  const value = <T>(key: string, parse: Parse<T>, fallback: T): T => {
    const raw = local[key] ?? sync[key];
    return raw == null ? fallback : (parse(raw) ?? fallback);
  };
  const rules = (list: 'off' | 'on'): SiteRule[] =>
    hosts.flatMap((candidate, i) => {
      const stored = value<StoredRule | null>(ruleKeys(list)[i]!, parseStoredRule, null);
      return stored ? [{ host: candidate, subdomains: stored.subdomains }] : [];
    });
  const setting = <K extends (typeof GATE_SETTINGS)[number]>(name: K) =>
    value(
      name,
      SETTING_PARSERS[name] as Parse<(typeof DEFAULT_SETTINGS)[K]>,
      DEFAULT_SETTINGS[name],
    );
  const verdict = siteVerdict(host, {
    enabled: setting('enabled'),
    mode: setting('siteMode'),
    offSites: rules('off'),
    onSites: rules('on'),
  });
  return { verdict, storyOnly: setting('storyOnly'), storedTable: local[SCOUT_TABLE] };
}

async function readArea(area: 'local' | 'sync', keys: string[]): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage[area].get(keys)) as Record<string, unknown>;
  } catch {
    // The area is unavailable (sync turned off by policy): read it as empty.
    return {};
  }
}
