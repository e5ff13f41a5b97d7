import * as v from 'valibot';
import {
  MAX_ALIASES,
  MAX_ALIAS_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_ENTRIES,
  MAX_EXCERPT_LENGTH,
  MAX_FACTS,
  MAX_FACT_LENGTH,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUOTES,
  MAX_RELATED,
  MAX_SOURCE_FIELD_LENGTH,
  MAX_SOURCE_TEXT_LENGTH,
  MAX_STOP_PHRASES,
  MIN_ALIAS_LENGTH,
  MIN_FACTS,
  PRIORITY_RANGE,
} from './limits';
import { fields, list, passage, text } from './schema-builders';
import { ALIAS_LANGS, DATASET_VERSION, ENTRY_KINDS, RELEVANCES } from './types';
import type { Dataset } from './types';
import { describeValue } from './wording';

// The limits are part of what the schema promises, so they stay importable from here too.
export * from './limits';

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
    // The full text, so that the evidence can be checked on import (see check-article.ts).
    text: v.optional(passage(MAX_SOURCE_TEXT_LENGTH)),
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

const LangSchema = v.picklist(ALIAS_LANGS, (issue) => {
  return `Must be one of ${ALIAS_LANGS.map((l) => `"${l}"`).join(', ')}, but this is ${describeValue(issue.input)}.`;
});

// Stop phrases are written exactly like aliases; only the wording of messages differs.
const ALIAS_FIELDS = {
  text: v.pipe(
    text(MAX_ALIAS_LENGTH, MIN_ALIAS_LENGTH),
    v.check((s) => /[\p{L}\p{N}]/u.test(s), 'Must contain at least one letter or digit.'),
  ),
  caseSensitive: v.optional(
    v.boolean((issue) => `Must be true or false, but this is ${describeValue(issue.input)}.`),
  ),
  lang: v.optional(LangSchema),
};
// Only an alias has a context language: a stop phrase claims its words wherever they stand.
const AliasSchema = fields({ ...ALIAS_FIELDS, context: v.optional(LangSchema) }, 'an alias');
const StopPhraseSchema = fields(ALIAS_FIELDS, 'a stop phrase');

const RelevanceSchema = v.picklist(RELEVANCES, (issue) => {
  return `Must be "distinctive" (naming the entry means the page touches the story) or "common" (it is named on many pages that do not), but this is ${describeValue(issue.input)}.`;
});

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
    // Checked against the aliases in `stop-phrases.ts`.
    stopPhrases: v.optional(
      list(StopPhraseSchema, ['stop phrase', 'stop phrases'], 0, MAX_STOP_PHRASES),
    ),
    relevance: v.optional(RelevanceSchema),
    priority: v.optional(PrioritySchema),
  },
  'an entry',
);

/**
 * The shape of a dataset, field by field. Rules that span several entries (unique ids,
 * relations, shared aliases, speakers, stop phrases) are checked afterwards by
 * `validateDataset`. Files of earlier versions are migrated before this (see migrate.ts).
 */
export const DatasetSchema = fields(
  {
    version: v.literal(DATASET_VERSION, (issue) => {
      return `Must be ${DATASET_VERSION}, the dataset format this extension reads (files of version 1 are read too); this is ${describeValue(issue.input)}.`;
    }),
    source: SourceSchema,
    entries: list(EntrySchema, ['entry', 'entries'], 1, MAX_ENTRIES),
  },
  'a dataset',
) satisfies v.GenericSchema<unknown, Dataset>;
