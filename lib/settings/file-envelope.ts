// The files Context Cards writes for the reader (all settings, one site list): JSON with a
// `format` that says what the file is and a `version`, and the problems reading one back can
// find, as codes the options page words in the reader's language. Pure logic.

import { parseHostInput } from '../sites/host';
import type { SiteRule } from '../sites/site-rules';
import { MAX_LISTED_SITES } from './site-limits';

/** What a file Context Cards wrote says it is. */
export type FileFormat = 'context-cards-settings' | 'context-cards-sites';

/** The one version of both files so far. */
export const FILE_VERSION = 1;

/** Largest settings or site list file read, in characters: two full lists fit many times. */
export const MAX_FILE_LENGTH = 1024 * 1024;

/** Something wrong with a file, at a path such as `sites.off[2].host`. */
export interface FileProblem {
  readonly path: string;
  readonly problem:
    | 'too-large'
    | 'not-json'
    | 'not-utf8'
    | 'wrong-file'
    | 'newer-version'
    | 'unknown-field'
    | 'invalid-value'
    | 'invalid-host'
    | 'too-many-sites';
}

/**
 * A file read back: its fields and the unknown ones among them (reported beside the problems
 * of the known fields, not instead of them), or why it cannot be read at all.
 */
export type Envelope =
  | { ok: true; body: Record<string, unknown>; unknownFields: FileProblem[] }
  | { ok: false; problems: FileProblem[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of a file of `format` holding `fields`. */
export function fileText(format: FileFormat, fields: Record<string, unknown>): string {
  return `${JSON.stringify({ format, version: FILE_VERSION, ...fields }, null, 2)}\n`;
}

/**
 * Reads the text of a file that should be of `format`, with the fields `fields` besides
 * `format` and `version`; any other field is a problem, so a misspelt one is not lost silently,
 * but the file's known fields are still read so that their problems are listed too.
 */
export function readEnvelope(
  text: string,
  format: FileFormat,
  fields: readonly string[],
): Envelope {
  if (text.length > MAX_FILE_LENGTH) return fail('', 'too-large');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('', 'not-json');
  }
  if (!isObject(value) || value.format !== format) return fail('format', 'wrong-file');
  if (typeof value.version === 'number' && value.version > FILE_VERSION) {
    return fail('version', 'newer-version');
  }
  if (value.version !== FILE_VERSION) return fail('version', 'invalid-value');
  return {
    ok: true,
    body: value,
    unknownFields: unknownFields(value, '', ['format', 'version', ...fields]),
  };
}

/** A problem for each field of `value` that is not one of `known`, at `path`'s field. */
export function unknownFields(
  value: Record<string, unknown>,
  path: string,
  known: readonly string[],
): FileProblem[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({ path: path === '' ? key : `${path}.${key}`, problem: 'unknown-field' }));
}

/**
 * The rules of a site list in a file: `{ "host": "example.com", "subdomains": true }`, or just
 * the host as text (with its subdomains). Hosts may be written as a reader types them; they are
 * stored in their canonical form, and a host listed twice keeps its last rule.
 */
export function readSiteRules(value: unknown, path: string, problems: FileProblem[]): SiteRule[] {
  if (!Array.isArray(value)) {
    problems.push({ path, problem: 'invalid-value' });
    return [];
  }
  if (value.length > MAX_LISTED_SITES) {
    problems.push({ path, problem: 'too-many-sites' });
    return [];
  }
  const rules = new Map<string, SiteRule>();
  value.forEach((item: unknown, i) => {
    const at = `${path}[${i}]`;
    const rule = typeof item === 'string' ? { host: item, subdomains: true } : item;
    if (!isObject(rule)) {
      problems.push({ path: at, problem: 'invalid-value' });
      return;
    }
    const unknown = unknownFields(rule, at, ['host', 'subdomains']);
    problems.push(...unknown);
    const host = typeof rule.host === 'string' ? parseHostInput(rule.host) : null;
    if (!host) problems.push({ path: `${at}.host`, problem: 'invalid-host' });
    const subdomains = rule.subdomains ?? true;
    if (typeof subdomains !== 'boolean') {
      problems.push({ path: `${at}.subdomains`, problem: 'invalid-value' });
    }
    if (host && typeof subdomains === 'boolean' && unknown.length === 0) {
      rules.delete(host);
      rules.set(host, { host, subdomains });
    }
  });
  return [...rules.values()];
}

function fail(path: string, problem: FileProblem['problem']): Envelope {
  return { ok: false, problems: [{ path, problem }] };
}
