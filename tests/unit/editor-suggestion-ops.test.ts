// What the author does to suggestions: merge, rename, change kind, dismiss; ids and aliases.
import { describe, expect, test } from 'vitest';
import type { Suggestion } from '../../lib/editor/editor-types';
import {
  aliasesFor,
  changeKind,
  combineForms,
  dismissSuggestion,
  kebabId,
  mergeSuggestions,
  renameSuggestion,
} from '../../lib/editor/suggestion-ops';

const s = (id: string, name: string, forms: string[], mentions: number): Suggestion => ({
  id,
  name,
  kind: 'person',
  forms,
  mentions,
});
const LIST = [
  s('ines-carvajal', 'Inés Carvajal', ['Inés Carvajal', 'Carvajal'], 5),
  s('la-alcaldesa', 'La Alcaldesa', ['La Alcaldesa'], 2),
  s('un', 'UN', ['UN'], 1),
];

describe('merging', () => {
  test('forms combine, fullest first, and mentions add up; the merged one leaves', () => {
    const merged = mergeSuggestions(LIST, 'la-alcaldesa', 'ines-carvajal');
    expect(merged.map((x) => x.id)).toEqual(['ines-carvajal', 'un']);
    expect(merged[0]).toMatchObject({
      name: 'Inés Carvajal',
      forms: ['Inés Carvajal', 'La Alcaldesa', 'Carvajal'],
      mentions: 7,
    });
  });

  test('case and accent duplicates are kept once', () => {
    expect(combineForms(['Inés Carvajal'], ['ines carvajal', 'Carvajal'])).toEqual([
      'Inés Carvajal',
      'Carvajal',
    ]);
  });

  test('unknown ids or merging into itself change nothing', () => {
    expect(mergeSuggestions(LIST, 'nope', 'un')).toEqual(LIST);
    expect(mergeSuggestions(LIST, 'un', 'un')).toEqual(LIST);
  });
});

test('renaming keeps the id and puts the new name among the forms', () => {
  const renamed = renameSuggestion(LIST, 'la-alcaldesa', '  Mayor  of Valdeluz ');
  expect(renamed[1]).toMatchObject({
    id: 'la-alcaldesa',
    name: 'Mayor of Valdeluz',
    forms: ['Mayor of Valdeluz', 'La Alcaldesa'],
  });
  expect(renameSuggestion(LIST, 'un', '   ')).toEqual(LIST);
});

test('changing the kind and dismissing touch only that suggestion', () => {
  expect(changeKind(LIST, 'un', 'organization').map((x) => x.kind)).toEqual([
    'person',
    'person',
    'organization',
  ]);
  expect(dismissSuggestion(LIST, 'un').map((x) => x.id)).toEqual(['ines-carvajal', 'la-alcaldesa']);
});

test('ids are kebab-case, without accents, and unique', () => {
  const taken = new Set<string>();
  expect(kebabId('Inés Carvajal', taken)).toBe('ines-carvajal');
  expect(kebabId('INÉS  Carvajal!', taken)).toBe('ines-carvajal-2');
  expect(kebabId('Trump’s', taken)).toBe('trumps');
  expect(kebabId('¿?', taken)).toBe('entry');
});

describe('aliases', () => {
  test('a short acronym is case-sensitive; names get no language', () => {
    expect(aliasesFor(LIST[2]!)).toEqual([{ text: 'UN', caseSensitive: true }]);
    expect(aliasesFor(LIST[0]!)).toEqual([{ text: 'Inés Carvajal' }, { text: 'Carvajal' }]);
  });

  test('a form made of one language’s words gets that language', () => {
    const secretaria = s(
      'x',
      'Secretaría de Movilidad',
      ['Secretaría de Movilidad', 'Ministry of Transport'],
      2,
    );
    expect(aliasesFor(secretaria)).toEqual([
      { text: 'Secretaría de Movilidad', lang: 'es' },
      { text: 'Ministry of Transport', lang: 'en' },
    ]);
  });
});
