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
 * "an entry". Unknown and missing fields are reported by name.
 */
export function fields<T extends v.ObjectEntries>(entries: T, what: string) {
  const names = Object.keys(entries).join(', ');
  const notAnObject = (input: unknown) =>
    `Must be ${what}: an object ({ … }) with the fields ${names}, but this is ${describeValue(input)}.`;
  return v.pipe(
    // valibot's object schemas take lists as objects; a list here is always a mistake to name.
    v.custom<unknown>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      (issue) => notAnObject(issue.input),
    ),
    v.strictObject(entries, (issue) => {
      if (issue.expected === 'never') {
        return `Unknown field "${clip(String(issue.input))}". Check its spelling; ${what} has the fields ${names}.`;
      }
      // A missing field is reported with the field's name, in quotes, as the expected value.
      if (issue.expected !== 'Object') return `The field ${issue.expected} is missing.`;
      return notAnObject(issue.input);
    }),
  );
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
