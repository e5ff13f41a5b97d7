// Copies the input into plain objects and arrays before anything inspects it, so getters that
// throw, proxies, cycles and absurd sizes are reported once here instead of surprising the
// schema, and keys such as `__proto__` become ordinary own fields that can never reach a
// prototype.

import { joinPath } from './errors';
import type { DatasetError } from './types';

// A valid dataset is five levels deep and holds well under these; anything beyond is not one.
const MAX_DEPTH = 12;
const MAX_VALUES = 200_000;

const UNREADABLE = 'This value could not be read. A dataset must be plain data, as in a JSON file.';

/** The plain-data copy of an input, or the first reason it could not be made. */
export type PlainCopy = { ok: true; value: unknown } | { ok: false; error: DatasetError };

interface CopyState {
  values: number;
  ancestors: Set<object>;
  error: DatasetError | null;
}

/**
 * Copies `input` into fresh plain objects and arrays. Fails, with the path of the first
 * problem, on a value that cannot be read, contains itself, is nested too deeply, or holds too
 * many values. Never throws.
 */
export function copyPlainData(input: unknown): PlainCopy {
  const state: CopyState = { values: 0, ancestors: new Set(), error: null };
  const value = copyValue(input, '', 0, state);
  return state.error ? { ok: false, error: state.error } : { ok: true, value };
}

// Records the first problem only: once the copy fails, later values are not worth reporting.
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
      // Defined rather than assigned, so a `__proto__` key stays an own field.
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

// A getter or proxy may throw on a single key; this reports it at that key's own path.
function readKey(container: object, key: string | number, path: string, state: CopyState): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch {
    return stop(state, joinPath(path, key), UNREADABLE);
  }
}
