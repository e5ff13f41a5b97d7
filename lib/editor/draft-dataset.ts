/**
 * A draft as a dataset (what is validated, saved and exported) and back (an imported dataset
 * reopened in the editor). Pure logic.
 */
import type { Alias, Dataset, Entry } from '../dataset/types';
import { DATASET_VERSION } from '../dataset/types';
import { articleBody, PARAGRAPH_SEPARATOR } from './article-text';
import type { ArticleText, Draft, DraftAlias, DraftEntry } from './editor-types';

/** The dataset a draft stands for (version 2, with the article's text as `source.text`). */
export function datasetFromDraft(draft: Draft): Dataset {
  const text = articleBody(draft.article);
  return {
    version: DATASET_VERSION,
    source: {
      title: draft.title.trim(),
      kind: draft.sourceKind.trim(),
      period: draft.period.trim(),
      ...(text ? { text } : {}),
    },
    entries: draft.entries.map(entryOf),
  };
}

/**
 * A draft to edit an imported dataset again: its `source.text` (when it has one) becomes the
 * article's paragraphs, unless the article is given.
 */
export function draftFromDataset(
  id: string,
  dataset: Dataset,
  article?: ArticleText,
  now = Date.now(),
): Draft {
  const { source } = dataset;
  return {
    id,
    datasetId: id,
    article: article ?? {
      title: source.title,
      byline: '',
      url: '',
      lang: '',
      paragraphs: source.text ? source.text.split(PARAGRAPH_SEPARATOR) : [],
    },
    title: source.title,
    sourceKind: source.kind,
    period: source.period,
    entries: dataset.entries.map(draftEntryOf),
    settledSuggestions: [],
    suggestionEdits: {},
    updatedAt: now,
  };
}

function entryOf(entry: DraftEntry): Entry {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name.trim(),
    description: entry.description.trim(),
    facts: entry.facts.map(({ text, evidence }) => ({ text: text.trim(), evidence })),
    quotes: entry.quotes.map(({ text, speaker }) => ({ text, speaker })),
    related: [...entry.related],
    aliases: entry.aliases.map(aliasOf),
    ...(entry.stopPhrases?.length ? { stopPhrases: entry.stopPhrases.map(aliasOf) } : {}),
    relevance: entry.relevance,
    ...(entry.priority === undefined ? {} : { priority: entry.priority }),
  };
}

function aliasOf(alias: DraftAlias): Alias {
  return {
    text: alias.text.trim(),
    ...(alias.caseSensitive ? { caseSensitive: true } : {}),
    ...(alias.lang ? { lang: alias.lang } : {}),
    ...(alias.context ? { context: alias.context } : {}),
  };
}

function draftEntryOf(entry: Entry): DraftEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    description: entry.description,
    aliases: entry.aliases.map(draftAliasOf),
    facts: entry.facts.map(({ text, evidence }) => ({ text, evidence })),
    quotes: entry.quotes.map(({ text, speaker }) => ({ text, speaker })),
    related: [...entry.related],
    relevance: entry.relevance ?? 'distinctive',
    ...(entry.stopPhrases ? { stopPhrases: entry.stopPhrases.map(draftAliasOf) } : {}),
    ...(entry.priority === undefined ? {} : { priority: entry.priority }),
  };
}

function draftAliasOf(alias: Alias): DraftAlias {
  return {
    text: alias.text,
    ...(alias.caseSensitive ? { caseSensitive: true } : {}),
    ...(alias.lang ? { lang: alias.lang } : {}),
    ...(alias.context ? { context: alias.context } : {}),
  };
}
