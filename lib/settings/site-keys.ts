/**
 * How the site lists are stored: one key per listed site (`site-off/example.com`,
 * `site-on/example.com`) whose value says whether the rule covers subdomains. Pure logic, shared
 * by the lists' storage module and the first stage, which reads the keys without it.
 */
import type { Parse } from '../parse';
import type { SiteList } from '../sites/site-rules';

/** The key prefix of each list. */
export const SITE_PREFIXES: Readonly<Record<SiteList, string>> = {
  off: 'site-off/',
  on: 'site-on/',
};

/** What a site's key holds. */
export interface StoredRule {
  subdomains: boolean;
}

/** The checked value of a site's key. */
export const parseStoredRule: Parse<StoredRule> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { subdomains } = value as { subdomains?: unknown };
  return typeof subdomains === 'boolean' ? { subdomains } : undefined;
};
