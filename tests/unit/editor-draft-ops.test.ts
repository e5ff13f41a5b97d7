import { expect, test } from 'vitest';
import {
  acceptSuggestion,
  addBlankEntry,
  dismissSuggestion,
  editSuggestion,
  mergeSuggestion,
  newDraft,
  offeredSuggestions,
  relate,
  removeEntry,
  unrelate,
  updateEntry,
} from '../../lib/editor/draft-ops';
import type { Draft, Suggestion } from '../../lib/editor/editor-types';

const article = {
  title: 'Tram vote',
  byline: '',
  url: 'https://x.example/a',
  lang: 'en',
  paragraphs: ['A.'],
};
const ines: Suggestion = {
  id: 'ines-carvajal',
  name: 'Inés Carvajal',
  kind: 'person',
  forms: ['Inés Carvajal'],
  mentions: 3,
};
const carvajal: Suggestion = {
  id: 'carvajal',
  name: 'Carvajal',
  kind: 'person',
  forms: ['Carvajal'],
  mentions: 2,
};
const un: Suggestion = { id: 'un', name: 'UN', kind: 'organization', forms: ['UN'], mentions: 1 };
const base = () => newDraft('d', article, 0);
const ids = (draft: Draft) => draft.entries.map((entry) => entry.id);

test('accepting a suggestion makes an entry of its name, kind and forms, and settles it', () => {
  const draft = acceptSuggestion(base(), ines);
  expect(draft.entries).toEqual([
    expect.objectContaining({
      id: 'ines-carvajal',
      name: 'Inés Carvajal',
      kind: 'person',
      aliases: [{ text: 'Inés Carvajal' }],
    }),
  ]);
  expect(offeredSuggestions([ines, carvajal], draft).map((s) => s.id)).toEqual(['carvajal']);
  // An acronym matches only in capitals.
  expect(acceptSuggestion(base(), un).entries[0]!.aliases).toEqual([
    { text: 'UN', caseSensitive: true },
  ]);
});

test('merging into an entry adds the forms as aliases; into a suggestion, its forms and mentions', () => {
  const accepted = acceptSuggestion(base(), ines);
  const merged = mergeSuggestion(accepted, carvajal, 'ines-carvajal');
  expect(merged.entries[0]!.aliases.map((alias) => alias.text)).toEqual([
    'Inés Carvajal',
    'Carvajal',
  ]);
  expect(offeredSuggestions([ines, carvajal], merged)).toEqual([]);
  const intoSuggestion = mergeSuggestion(base(), carvajal, 'ines-carvajal');
  expect(offeredSuggestions([ines, carvajal], intoSuggestion)).toEqual([
    { ...ines, forms: ['Inés Carvajal', 'Carvajal'], mentions: 5 },
  ]);
  expect(
    acceptSuggestion(intoSuggestion, offeredSuggestions([ines], intoSuggestion)[0]!).entries[0]!
      .aliases,
  ).toEqual([{ text: 'Inés Carvajal' }, { text: 'Carvajal' }]);
});

test('renames, kinds and dismissals change what is offered, most mentioned first', () => {
  let draft = editSuggestion(base(), 'carvajal', { name: 'Mayor Carvajal', kind: 'group' });
  draft = editSuggestion(draft, 'carvajal', { kind: 'person' });
  expect(offeredSuggestions([carvajal, ines], draft)).toEqual([
    ines,
    { ...carvajal, name: 'Mayor Carvajal', kind: 'person' },
  ]);
  expect(offeredSuggestions([ines], dismissSuggestion(base(), 'ines-carvajal'))).toEqual([]);
  // A renamed suggestion keeps its forms and adds the new name first.
  expect(
    acceptSuggestion(draft, offeredSuggestions([carvajal], draft)[0]!).entries[0]!.aliases,
  ).toEqual([{ text: 'Mayor Carvajal' }, { text: 'Carvajal' }]);
});

test('entries get unique ids; updates touch one entry', () => {
  const draft = addBlankEntry(addBlankEntry(base(), 'Quay Street'), 'Quay Street');
  expect(ids(draft)).toEqual(['quay-street', 'quay-street-2']);
  const updated = updateEntry(draft, 'quay-street-2', { description: 'A street.' });
  expect(updated.entries.map((entry) => entry.description)).toEqual(['', 'A street.']);
});

test('relations are kept two-way, and removing an entry removes them and its speakers', () => {
  let draft = addBlankEntry(addBlankEntry(addBlankEntry(base(), 'A'), 'B'), 'C');
  draft = relate(relate(draft, 'a', 'b'), 'a', 'c');
  expect(draft.entries.map((entry) => entry.related)).toEqual([['b', 'c'], ['a'], ['a']]);
  expect(relate(draft, 'a', 'b')).toEqual(draft);
  expect(relate(draft, 'a', 'a')).toEqual(draft);
  draft = unrelate(draft, 'b', 'a');
  expect(draft.entries.map((entry) => entry.related)).toEqual([['c'], [], ['a']]);
  draft = updateEntry(draft, 'a', { quotes: [{ text: 'We go.', speaker: 'c' }] });
  draft = removeEntry(draft, 'c');
  expect(ids(draft)).toEqual(['a', 'b']);
  expect(draft.entries[0]).toMatchObject({
    related: [],
    quotes: [{ text: 'We go.', speaker: '' }],
  });
});
