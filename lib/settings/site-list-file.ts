// The file of one site list, which the options page exports and imports on its own (to share
// a list of sites, or to copy it to the other mode). Pure logic.

import type { SiteRule } from '../sites/site-rules';
import type { FileProblem } from './file-envelope';
import { fileText, readEnvelope, readSiteRules } from './file-envelope';

/** A site list file read back: its rules, or every problem found. */
export type SiteListFileVerdict =
  { ok: true; sites: SiteRule[] } | { ok: false; problems: FileProblem[] };

/** The text of the file of a site list. */
export function siteListFileText(sites: readonly SiteRule[]): string {
  return fileText('context-cards-sites', { sites });
}

/** Reads a site list file; nothing of it is used unless every rule is valid. */
export function parseSiteListFile(text: string): SiteListFileVerdict {
  const envelope = readEnvelope(text, 'context-cards-sites', ['sites']);
  if (!envelope.ok) return envelope;
  const problems: FileProblem[] = [...envelope.unknownFields];
  const sites = readSiteRules(envelope.body.sites, 'sites', problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sites };
}
