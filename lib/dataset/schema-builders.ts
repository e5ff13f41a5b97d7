// The generic pieces the dataset schema is built from: one-line text, objects with a fixed set
// of fields, and lists with bounds. Each carries messages worded for the person editing the
// file, in place of valibot's defaults.

import * as v from 'valibot';
import { clip, describeValue } from './wording';

/**
 * A required, non-empty line of text without surrounding spaces, from `minLength` to
 * `maxLength` characters long.
 */
export function text(maxLength: number, minLength = 1) {
  return v.pipe(
    v.string((issue) => `Must be text, but this is ${describeValue(issue.input)}.`),
    v.check((s) => s.trim() !== '', 'Must not be empty.'),
    // Leading or trailing spaces make aliases and excerpts fail to match for no visible reason.
    v.check((s) => s.trim() === '' || s === s.trim(), 'Must not start or end with spaces.'),
    v.check((s) => !/[\r\n]/.test(s), 'Must be on one line.'),
    v.check(
      (s) => s.trim() === '' || s.length >= minLength,
      `Must be at least ${minLength} characters long.`,
    ),
    v.maxLength(
      maxLength,
      (issue) => `Is ${issue.input.length} characters long; the limit is ${maxLength}.`,
    ),
  );
}

/**
 * A required, non-empty text of up to `maxLength` characters that may span many lines, such as
 * the full text of a source.
 */
export function passage(maxLength: number) {
  return v.pipe(
    v.string((issue) => `Must be text, but this is ${describeValue(issue.input)}.`),
    v.check((s) => s.trim() !== '', 'Must not be empty.'),
    v.maxLength(
      maxLength,
      (issue) => `Is ${issue.input.length} characters long; the limit is ${maxLength}.`,
    ),
  );
}

/**
 * An object with exactly the fields of `entries`; `what` names it in messages, such as
 * "an entry". Unknown and missing fields are reported by name: every unknown field, alongside
 * the problems of the known ones (valibot's strict objects stop at the first unknown field).
 */
export function fields<T extends v.ObjectEntries>(entries: T, what: string) {
  const names = Object.keys(entries).join(', ');
  const notAnObject = (input: unknown) =>
    `Must be ${what}: an object ({ … }) with the fields ${names}, but this is ${describeValue(input)}.`;
  const schema = v.pipe(
    // valibot's object schemas take lists as objects; a list here is always a mistake to name.
    v.custom<unknown>(isObject, (issue) => notAnObject(issue.input)),
    v.object(entries, (issue) => {
      // A missing field is reported with the field's name, in quotes, as the expected value.
      if (issue.expected !== 'Object') return `The field ${issue.expected} is missing.`;
      return notAnObject(issue.input);
    }),
  );
  return withUnknownFields(
    schema,
    entries,
    (key) => `Unknown field "${clip(key)}". Check its spelling; ${what} has the fields ${names}.`,
  );
}

const isObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * `schema`, also reporting each own field of its input that `known` does not have, at that
 * field's path, after the problems `schema` found. Any key counts, `__proto__` included.
 */
function withUnknownFields<S extends v.GenericSchema>(
  schema: S,
  known: v.ObjectEntries,
  message: (key: string) => string,
): S {
  return {
    ...schema,
    '~run'(dataset, config) {
      const input: unknown = dataset.value;
      const result = schema['~run'](dataset, config);
      if (!isObject(input) || (result.issues && config.abortEarly)) return result;
      const unknown = Object.keys(input).filter((key) => !Object.hasOwn(known, key));
      if (unknown.length === 0) return result;
      const issues: v.BaseIssue<unknown>[] = unknown.map((key) => ({
        kind: 'schema',
        type: 'strict_object',
        input: key,
        expected: 'never',
        received: `"${clip(key)}"`,
        message: message(key),
        path: [{ type: 'object', origin: 'key', input, key, value: input[key] }],
      }));
      // A dataset with issues is untyped: its value must not be used.
      return {
        ...result,
        typed: false,
        issues: [...(result.issues ?? []), ...issues],
      } as ReturnType<S['~run']>;
    },
  };
}

/**
 * A list of `min` to `max` items, each checked by `item`; `noun` gives the singular and plural
 * words for an item in messages.
 */
export function list<T extends v.GenericSchema>(
  item: T,
  noun: [string, string],
  min: number,
  max: number,
) {
  const [one, many] = noun;
  return v.pipe(
    v.array(item, (issue) => `Must be a list ([ … ]), but this is ${describeValue(issue.input)}.`),
    v.minLength(min, `Needs at least ${min} ${min === 1 ? one : many}.`),
    v.maxLength(max, (issue) => `Has ${issue.input.length} ${many}; the limit is ${max}.`),
  );
}
