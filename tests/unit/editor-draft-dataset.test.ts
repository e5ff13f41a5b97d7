import { expect, test } from 'vitest';
import { bundledDataset } from '../../lib/dataset';
import { validateDataset } from '../../lib/dataset/validate';
import { datasetFromDraft, draftFromDataset } from '../../lib/editor/draft-dataset';
import { acceptSuggestion, newDraft, relate, updateEntry } from '../../lib/editor/draft-ops';
import { draftProblems, problemsUnder } from '../../lib/editor/draft-problems';
import type { Draft } from '../../lib/editor/editor-types';
import { TRAM_ARTICLE } from '../editor-tram-article';

const article = TRAM_ARTICLE;

/** A draft the import accepts: two related people, a fact with its evidence and a quotation. */
function finished(): Draft {
  let draft = newDraft('d', article, 0);
  draft = { ...draft, period: 'March 2025' };
  draft = acceptSuggestion(draft, {
    id: 'ines-carvajal',
    name: 'Inés Carvajal',
    kind: 'person',
    forms: ['Inés Carvajal', 'Carvajal'],
    mentions: 2,
  });
  draft = acceptSuggestion(draft, {
    id: 'marisol-pratt',
    name: 'Marisol Pratt',
    kind: 'person',
    forms: ['Marisol Pratt'],
    mentions: 1,
  });
  draft = updateEntry(draft, 'ines-carvajal', {
    description: 'Mayor of Riverton.',
    facts: [
      { text: 'She called the vote a turning point.', evidence: 'called the vote a turning point' },
    ],
    quotes: [{ text: 'The harbor belongs to everyone,', speaker: 'ines-carvajal' }],
  });
  draft = updateEntry(draft, 'marisol-pratt', {
    description: 'Reporter.',
    facts: [{ text: 'She named the mayor.', evidence: 'Mayor Inés Carvajal' }],
  });
  return relate(draft, 'ines-carvajal', 'marisol-pratt');
}

test('a finished draft is a valid version 2 dataset carrying the article as its source text', () => {
  const dataset = datasetFromDraft(finished());
  expect(validateDataset(dataset)).toMatchObject({ ok: true });
  expect(dataset.version).toBe(2);
  expect(dataset.source).toEqual({
    title: 'Riverton approves the tram',
    kind: 'news report',
    period: 'March 2025',
    text: article.paragraphs.join('\n\n'),
  });
  expect(dataset.entries.map((entry) => entry.related)).toEqual([
    ['marisol-pratt'],
    ['ines-carvajal'],
  ]);
  expect(
    draftProblems(finished(), [{ label: 'the bundled dataset', dataset: bundledDataset }]),
  ).toEqual([]);
});

test('draft → dataset → draft → dataset gives the same dataset, the article from its source text', () => {
  const dataset = datasetFromDraft(finished());
  const reopened = draftFromDataset('riverton', dataset, undefined, 5);
  expect(reopened.article.paragraphs).toEqual(article.paragraphs);
  expect(reopened.datasetId).toBe('riverton');
  expect(datasetFromDraft({ ...reopened, title: dataset.source.title })).toEqual(dataset);
});

test('stop phrases, priorities and alias contexts of a reopened dataset are kept', () => {
  const dataset = { ...bundledDataset, source: { ...bundledDataset.source, text: 'x' } };
  const again = datasetFromDraft(draftFromDataset('b', dataset));
  const withRelevance = dataset.entries.map((entry) => ({
    ...entry,
    relevance: entry.relevance ?? 'distinctive',
  }));
  expect(again.entries).toEqual(withRelevance);
});

test('problems carry the validator paths of the fields they belong to', () => {
  let draft = updateEntry(finished(), 'ines-carvajal', {
    description: '',
    facts: [{ text: 'Made up.', evidence: 'words the article never printed' }],
  });
  draft = { ...draft, period: '' };
  const problems = draftProblems(draft, []);
  expect(problemsUnder(problems, 'source.period')).toHaveLength(1);
  expect(problemsUnder(problems, 'entries[0].description')).toHaveLength(1);
  expect(problemsUnder(problems, 'entries[0].facts[0].evidence')[0]).toMatch(
    /not found|does not appear|article/i,
  );
  expect(problemsUnder(problems, 'entries[1]')).toEqual([]);
});

test('an alias the bundled dataset already has is a problem at that alias', () => {
  const draft = updateEntry(finished(), 'marisol-pratt', { aliases: [{ text: 'Sheinbaum' }] });
  const problems = draftProblems(draft, [
    { label: 'the bundled dataset', dataset: bundledDataset },
  ]);
  expect(problemsUnder(problems, 'entries[1].aliases[0]')).toHaveLength(1);
});
