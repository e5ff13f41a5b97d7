import * as v from 'valibot';
import { ALIAS_LANGS, ENTRY_KINDS } from './types';
import type { Dataset } from './types';

/** Longest entry id, in characters. */
export const MAX_ID_LENGTH = 64;
/** Longest entry name. */
export const MAX_NAME_LENGTH = 120;
/** Longest description: one line on the card. */
export const MAX_DESCRIPTION_LENGTH = 200;
/** Longest fact. */
export const MAX_FACT_LENGTH = 240;
/** Longest evidence excerpt or quotation. */
export const MAX_EXCERPT_LENGTH = 400;
/** Shortest alias: single letters would match almost anywhere. */
export const MIN_ALIAS_LENGTH = 2;
/** Longest alias. */
export const MAX_ALIAS_LENGTH = 100;
/** Longest title, kind or period of the source. */
export const MAX_SOURCE_FIELD_LENGTH = 200;
/** Longest note about the source. */
export const MAX_NOTE_LENGTH = 400;
/** Fewest facts per entry. */
export const MIN_FACTS = 1;
/** Most facts per entry: a card shows them all. */
export const MAX_FACTS = 4;
/** Most quotations per entry. */
export const MAX_QUOTES = 10;
/** Most aliases per entry. */
export const MAX_ALIASES = 50;
/** Most related entries per entry. */
export const MAX_RELATED = 50;
/** Most entries per dataset. */
export const MAX_ENTRIES = 2000;
/** Lowest and highest priority. */
export const PRIORITY_RANGE = { min: -100, max: 100 } as const;

/** Shortens text quoted back in a message so a huge value cannot flood it. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Names a value in plain words for error messages ("the number 5", "a list"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return `the text "${clip(value)}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return 'a list ([ … ])';
  if (typeof value === 'object') return 'an object ({ … })';
  return `a ${typeof value}`;
}

function text(maxLength: number, minLength = 1) {
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

function fields<T extends v.ObjectEntries>(entries: T, what: string) {
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

function list<T extends v.GenericSchema>(
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

const EntryIdSchema = v.pipe(
  text(MAX_ID_LENGTH),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Must be lower-case letters and digits joined by single hyphens, like "claudia-sheinbaum".',
  ),
);

const SourceSchema = fields(
  {
    title: text(MAX_SOURCE_FIELD_LENGTH),
    kind: text(MAX_SOURCE_FIELD_LENGTH),
    period: text(MAX_SOURCE_FIELD_LENGTH),
    note: v.optional(text(MAX_NOTE_LENGTH)),
  },
  'the source',
);

const FactSchema = fields(
  { text: text(MAX_FACT_LENGTH), evidence: text(MAX_EXCERPT_LENGTH) },
  'a fact',
);

const QuoteSchema = fields(
  {
    text: v.pipe(
      text(MAX_EXCERPT_LENGTH),
      v.check(
        (s) => !/^["“”]|["“”]$/.test(s),
        'Write the quotation without the quotation marks around it.',
      ),
    ),
    speaker: EntryIdSchema,
  },
  'a quotation',
);

const AliasSchema = fields(
  {
    text: v.pipe(
      text(MAX_ALIAS_LENGTH, MIN_ALIAS_LENGTH),
      v.check((s) => /[\p{L}\p{N}]/u.test(s), 'Must contain at least one letter or digit.'),
    ),
    caseSensitive: v.optional(
      v.boolean((issue) => `Must be true or false, but this is ${describeValue(issue.input)}.`),
    ),
    lang: v.optional(
      v.picklist(ALIAS_LANGS, (issue) => {
        return `Must be one of ${ALIAS_LANGS.map((l) => `"${l}"`).join(', ')}, but this is ${describeValue(issue.input)}.`;
      }),
    ),
  },
  'an alias',
);

const priorityMessage = `Must be a whole number from ${PRIORITY_RANGE.min} to ${PRIORITY_RANGE.max}.`;
const PrioritySchema = v.pipe(
  v.number((issue) => `${priorityMessage} This is ${describeValue(issue.input)}.`),
  v.integer(priorityMessage),
  v.minValue(PRIORITY_RANGE.min, priorityMessage),
  v.maxValue(PRIORITY_RANGE.max, priorityMessage),
);

const EntrySchema = fields(
  {
    id: EntryIdSchema,
    kind: v.picklist(ENTRY_KINDS, (issue) => {
      return `Must be one of ${ENTRY_KINDS.join(', ')}, but this is ${describeValue(issue.input)}.`;
    }),
    name: text(MAX_NAME_LENGTH),
    description: text(MAX_DESCRIPTION_LENGTH),
    facts: list(FactSchema, ['fact', 'facts'], MIN_FACTS, MAX_FACTS),
    // Optional in the file for convenience, but always present (possibly empty) once checked.
    quotes: v.optional(list(QuoteSchema, ['quotation', 'quotations'], 0, MAX_QUOTES), () => []),
    related: v.optional(
      list(EntryIdSchema, ['related entry', 'related entries'], 0, MAX_RELATED),
      () => [],
    ),
    aliases: list(AliasSchema, ['alias', 'aliases'], 1, MAX_ALIASES),
    priority: v.optional(PrioritySchema),
  },
  'an entry',
);

/**
 * The shape of a dataset, field by field. Rules that span several entries (unique ids,
 * relations, shared aliases, speakers) are checked afterwards by `validateDataset`.
 */
export const DatasetSchema = fields(
  {
    version: v.literal(1, (issue) => {
      return `Must be 1, the only dataset version this extension reads; this is ${describeValue(issue.input)}.`;
    }),
    source: SourceSchema,
    entries: list(EntrySchema, ['entry', 'entries'], 1, MAX_ENTRIES),
  },
  'a dataset',
) satisfies v.GenericSchema<unknown, Dataset>;

/**
 * Folds text the way aliases are compared: letter case (unless `caseSensitive`) and accents
 * are ignored, typographic apostrophes count as plain ones, and hyphens, dashes and runs of
 * white space all count as one space, as they do for the matcher. "López  Obrador" and
 * "lopez obrador" fold to the same text, and so do "drug-smuggling" and "drug smuggling".
 */
export function foldText(input: string, caseSensitive = false): string {
  const cased = caseSensitive ? input : input.toLowerCase();
  return cased
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[-\u2010-\u2015\s]+/g, ' ')
    .trim();
}
