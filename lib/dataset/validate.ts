import * as v from 'valibot';
import { DatasetSchema, clip, foldText } from './schema';
import type { Dataset, DatasetError, DatasetValidation, Entry } from './types';

/** Largest JSON text `parseDatasetJson` accepts, in bytes of UTF-8. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;
/** Errors reported in full; the rest are only counted. */
export const MAX_REPORTED_ERRORS = 50;
// A valid dataset is five levels deep and holds well under these; anything beyond is not one.
const MAX_DEPTH = 12;
const MAX_VALUES = 200_000;

/**
 * Checks that `input` is a dataset this extension can use: its shape, lengths and formats,
 * then the rules across entries. Never throws, whatever `input` is; the checked dataset is a
 * fresh copy made of plain data only.
 */
export function validateDataset(input: unknown): DatasetValidation {
  try {
    const copy = copyPlainData(input);
    if (!copy.ok) return failure([copy.error]);
    const result = v.safeParse(DatasetSchema, copy.value);
    if (!result.success) return failure(result.issues.map(issueToError));
    const problems = findCrossEntryProblems(result.output);
    return problems.length > 0 ? failure(problems) : { ok: true, dataset: result.output };
  } catch {
    // Nothing above is expected to throw; this keeps the promise never to throw regardless.
    return failure([{ path: '', message: 'The dataset could not be checked.' }]);
  }
}

/**
 * Parses JSON text, such as an imported file, and validates it as a dataset. Text larger than
 * `MAX_JSON_BYTES` is refused without being parsed. Never throws.
 */
export function parseDatasetJson(text: string): DatasetValidation {
  if (typeof text !== 'string') {
    return failure([{ path: '', message: 'Expected the text of a file.' }]);
  }
  const bytes = text.length > MAX_JSON_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_JSON_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    const message = `The file is too large: ${size} MB or more. A dataset may be at most ${MAX_JSON_BYTES / 1024 / 1024} MB.`;
    return failure([{ path: '', message }]);
  }
  // Editors on some systems start files with a byte order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failure([{ path: '', message: 'The file is empty.' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${clip(error.message, 160)})` : '';
    const message = `The file is not valid JSON, the format datasets are written in${detail}.`;
    return failure([{ path: '', message }]);
  }
  return validateDataset(parsed);
}

function failure(errors: DatasetError[]): DatasetValidation {
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors };
  const more = errors.length - MAX_REPORTED_ERRORS;
  const message = `And ${more} more ${more === 1 ? 'problem' : 'problems'} not listed here. Fix these first, then check again.`;
  return { ok: false, errors: [...errors.slice(0, MAX_REPORTED_ERRORS), { path: '', message }] };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (two code units) is four bytes, so each half counts two.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(clip(key))}]`;
}

function issueToError(issue: v.BaseIssue<unknown>): DatasetError {
  let path = '';
  for (const item of issue.path ?? []) {
    path = joinPath(path, typeof item.key === 'number' ? item.key : String(item.key));
  }
  return { path, message: issue.message };
}

type PlainCopy = { ok: true; value: unknown } | { ok: false; error: DatasetError };
interface CopyState {
  values: number;
  ancestors: Set<object>;
  error: DatasetError | null;
}

// Copies the input into plain objects and arrays before anything inspects it, so getters that
// throw, proxies, cycles and absurd sizes are reported once here instead of surprising the
// schema, and keys such as `__proto__` become ordinary own fields that can never reach a
// prototype.
function copyPlainData(input: unknown): PlainCopy {
  const state: CopyState = { values: 0, ancestors: new Set(), error: null };
  const value = copyValue(input, '', 0, state);
  return state.error ? { ok: false, error: state.error } : { ok: true, value };
}

const UNREADABLE = 'This value could not be read. A dataset must be plain data, as in a JSON file.';

function stop(state: CopyState, path: string, message: string): undefined {
  state.error ??= { path, message };
  return undefined;
}

function copyValue(value: unknown, path: string, depth: number, state: CopyState): unknown {
  if (state.error) return undefined;
  if (++state.values > MAX_VALUES) {
    return stop(state, '', `The dataset is too large: it holds more than ${MAX_VALUES} values.`);
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return stop(state, path, 'Values are nested too deeply here.');
  if (state.ancestors.has(value)) {
    return stop(state, path, 'This value contains itself, which plain data cannot do.');
  }
  state.ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const copy: unknown[] = [];
      for (let i = 0; i < value.length && !state.error; i++) {
        copy.push(copyValue(readKey(value, i, path, state), joinPath(path, i), depth + 1, state));
      }
      return copy;
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (state.error) break;
      const child = copyValue(
        readKey(value, key, path, state),
        joinPath(path, key),
        depth + 1,
        state,
      );
      Object.defineProperty(copy, key, {
        value: child,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  } catch {
    return stop(state, path, UNREADABLE);
  } finally {
    state.ancestors.delete(value);
  }
}

function readKey(container: object, key: string | number, path: string, state: CopyState): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch {
    return stop(state, joinPath(path, key), UNREADABLE);
  }
}

const KIND_ARTICLE: Record<Entry['kind'], string> = {
  person: 'a person',
  organization: 'an organization',
  group: 'a group',
  place: 'a place',
  event: 'an event',
  concept: 'a concept',
};

function findCrossEntryProblems(dataset: Dataset): DatasetError[] {
  const errors: DatasetError[] = [];
  const byId = new Map<string, Entry>();
  dataset.entries.forEach((entry, i) => {
    const first = byId.get(entry.id);
    if (!first) {
      byId.set(entry.id, entry);
    } else {
      const message = `The id "${entry.id}" is already used by the entry "${clip(first.name)}". Every entry needs its own id.`;
      errors.push({ path: `entries[${i}].id`, message });
    }
  });
  dataset.entries.forEach((entry, i) => {
    checkRelated(entry, `entries[${i}]`, byId, errors);
    checkSpeakers(entry, `entries[${i}]`, byId, errors);
  });
  checkAliasClaims(dataset.entries, errors);
  return errors;
}

function checkRelated(entry: Entry, at: string, byId: Map<string, Entry>, errors: DatasetError[]) {
  entry.related.forEach((id, k) => {
    const path = `${at}.related[${k}]`;
    const other = byId.get(id);
    if (entry.related.indexOf(id) < k) {
      errors.push({ path, message: `"${id}" is listed twice.` });
    } else if (id === entry.id) {
      errors.push({ path, message: 'An entry cannot be related to itself.' });
    } else if (!other) {
      errors.push({ path, message: `No entry has the id "${id}".` });
    } else if (!other.related.includes(entry.id)) {
      const message = `The entry "${id}" does not list "${entry.id}" back. Relations go both ways: add "${entry.id}" to the related list of "${id}".`;
      errors.push({ path, message });
    }
  });
}

function checkSpeakers(entry: Entry, at: string, byId: Map<string, Entry>, errors: DatasetError[]) {
  entry.quotes.forEach((quote, k) => {
    const path = `${at}.quotes[${k}].speaker`;
    const speaker = byId.get(quote.speaker);
    if (!speaker) {
      errors.push({
        path,
        message: `No entry has the id "${quote.speaker}". The speaker must be a person entry.`,
      });
    } else if (speaker.kind !== 'person') {
      const message = `"${quote.speaker}" is ${KIND_ARTICLE[speaker.kind]}, not a person. Only a person can be quoted.`;
      errors.push({ path, message });
    }
  });
}

interface AliasClaim {
  entry: number;
  alias: number;
  priority: number;
}

// Two entries may claim the same alias only if their priorities say which one wins. Spellings
// that differ only in case or accents are the same alias: the matcher cannot tell them apart.
function checkAliasClaims(entries: readonly Entry[], errors: DatasetError[]) {
  const claims = new Map<string, AliasClaim[]>();
  entries.forEach((entry, i) => {
    entry.aliases.forEach((alias, j) => {
      const path = `entries[${i}].aliases[${j}].text`;
      const earlier = entry.aliases.findIndex((other) => other.text === alias.text);
      if (earlier < j) {
        errors.push({
          path,
          message: `This alias is already listed in this entry, as aliases[${earlier}].`,
        });
        return;
      }
      const key = foldText(alias.text);
      const list = claims.get(key) ?? [];
      // Accent and case variants within one entry are welcome: they are one claim.
      if (!list.some((claim) => claim.entry === i)) {
        list.push({ entry: i, alias: j, priority: entry.priority ?? 0 });
      }
      claims.set(key, list);
    });
  });
  for (const list of claims.values()) {
    list.forEach((claim, n) => {
      const rival = list.slice(0, n).find((other) => other.priority === claim.priority);
      if (!rival) return;
      const owner = entries[rival.entry]?.id ?? '';
      const message = `The entry "${owner}" also has this alias, with the same priority (${claim.priority}). Give one of the two entries a higher priority, or remove one of the aliases.`;
      errors.push({ path: `entries[${claim.entry}].aliases[${claim.alias}].text`, message });
    });
  }
}
