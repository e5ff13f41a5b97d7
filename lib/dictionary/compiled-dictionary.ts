/**
 * The dictionary as every page and frame needs it, compiled ahead of time: the matcher's plan
 * (aliases tokenized and inflected) and, for each entry, only what deciding and drawing need
 * (kind, relevance, story). Built at build time for the bundled dataset and when imported
 * datasets change, never in a page. Stored as one JSON string with a format version and a
 * checksum, so a page parses it once and refuses a copy that is damaged or from another version.
 * Pure logic.
 */
import type { Catalog } from '../catalog/catalog';
import type { Relevance } from '../dataset/types';
import type { EncodedPlan } from '../matcher';
import { encodePlan, planTerms } from '../matcher';
import { checksumOf } from './checksum';

/** The format of a compiled dictionary; a page refuses any other. */
export const DICTIONARY_FORMAT = 1;

/** What a page needs of one entry: id, kind, relevance and story (dataset id). */
export type EntryFacts = readonly [id: string, kind: string, relevance: Relevance, story: string];

/** The parsed body of a compiled dictionary. */
export interface DictionaryBody {
  readonly entries: readonly EntryFacts[];
  readonly plan: EncodedPlan;
}

/** A compiled dictionary as it is stored and shipped. */
export interface CompiledDictionary {
  readonly format: typeof DICTIONARY_FORMAT;
  /** Checksum of `body`. */
  readonly checksum: string;
  /** Checksum of the bundled dictionary it was built with: a newer bundled one makes it stale. */
  readonly bundled: string;
  /** `DictionaryBody` as JSON. */
  readonly body: string;
}

/** Compiles everything a catalog knows; `bundled` is the bundled dictionary's checksum. */
export function compileDictionary(catalog: Catalog, bundled?: string): CompiledDictionary {
  const body: DictionaryBody = {
    entries: catalog
      .all()
      .map((entry) => [entry.id, entry.kind, entry.relevance ?? 'distinctive', entry.origin.id]),
    plan: encodePlan(planTerms(catalog.matcherTerms())),
  };
  const text = JSON.stringify(body);
  const checksum = checksumOf(text);
  return { format: DICTIONARY_FORMAT, checksum, bundled: bundled ?? checksum, body: text };
}

/**
 * The body of a stored dictionary, or null when it is not one: another format, a checksum
 * that does not match (unless `trusted`: the copy built into the script), or a body that is not
 * what `compileDictionary` writes.
 */
export function readCompiledDictionary(value: unknown, trusted = false): DictionaryBody | null {
  if (typeof value !== 'object' || value === null) return null;
  const { format, checksum, body } = value as Partial<CompiledDictionary>;
  if (format !== DICTIONARY_FORMAT || typeof body !== 'string') return null;
  // The bundled dictionary ships inside the script itself: only stored copies can be damaged.
  if (!trusted && checksumOf(body) !== checksum) return null;
  try {
    const parsed = JSON.parse(body) as Partial<DictionaryBody>;
    const plan = parsed.plan as Partial<EncodedPlan> | undefined;
    if (!Array.isArray(parsed.entries) || !Array.isArray(plan?.words)) return null;
    if (!Array.isArray(plan.paths) || !Array.isArray(plan.terms) || !Array.isArray(plan.gaps)) {
      return null;
    }
    return parsed as DictionaryBody;
  } catch {
    return null;
  }
}

/**
 * The dictionary a page uses: the stored one (the bundled dataset with the imported ones) when
 * it is intact and was built with this version's bundled dataset, the bundled one otherwise.
 */
export function chooseDictionary(stored: unknown, bundled: CompiledDictionary): DictionaryBody {
  const usable =
    typeof stored === 'object' &&
    stored !== null &&
    (stored as Partial<CompiledDictionary>).bundled === bundled.checksum;
  const body = (usable && readCompiledDictionary(stored)) || readCompiledDictionary(bundled, true);
  if (!body) throw new Error('The bundled dictionary is damaged.');
  return body;
}
