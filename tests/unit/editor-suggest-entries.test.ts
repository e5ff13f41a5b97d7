// Suggested entries: names found, grouped, counted and kinded, in English and Spanish.
import { describe, expect, test } from 'vitest';
import type { Suggestion } from '../../lib/editor/editor-types';
import { articleFromPastedText } from '../../lib/editor/pasted-article';
import { articleLanguage, suggestEntries } from '../../lib/editor/suggest-entries';
import { ARTICLE } from '../shared-material';
import { fixtureArticle, sourceArticle } from './editor-articles';

const byName = (list: Suggestion[], name: string) => {
  const found = list.find((s) => s.name === name);
  if (!found) throw new Error(`no suggestion ${name} in ${list.map((s) => s.name).join(', ')}`);
  return found;
};

/** None of `names` is among the suggestions (title words, headings, sentence starts). */
const expectNotSuggested = (list: Suggestion[], names: string[]) => {
  const suggested = list.map((s) => s.name);
  for (const name of names) expect(suggested).not.toContain(name);
};

describe('the English fixture', () => {
  const suggestions = suggestEntries(fixtureArticle('council-article.html'));

  test('the mayor comes first, with her surname folded in and every mention counted once', () => {
    expect(suggestions[0]).toEqual({
      id: 'ines-carvajal',
      name: 'Inés Carvajal',
      kind: 'person',
      forms: ['Inés Carvajal', 'Carvajal'],
      // "Mayor Inés Carvajal", "Carvajal said", "Carvajal’s allies", "that Carvajal promised",
      // "Carvajal said the city": the possessive folds, the full name counts once.
      mentions: 5,
    });
  });

  test('people lose their titles and keep their surnames', () => {
    expect(byName(suggestions, 'Tomás Whitfield')).toMatchObject({
      kind: 'person',
      forms: ['Tomás Whitfield', 'Whitfield'],
      mentions: 3,
    });
    expect(byName(suggestions, 'Dana Okafor').forms).toEqual(['Dana Okafor', 'Okafor']);
    expect(byName(suggestions, 'Priya Raman').kind).toBe('person');
    expect(byName(suggestions, 'Leonard Osei').kind).toBe('person');
    for (const s of suggestions) expect(s.name).not.toMatch(/^(Mayor|Councillor)\b/);
  });

  test('organizations, places and events are guessed from their words', () => {
    expect(byName(suggestions, 'Riverton Transit Authority')).toMatchObject({
      kind: 'organization',
      mentions: 2,
    });
    expect(byName(suggestions, 'Harbor Residents Association').kind).toBe('organization');
    expect(byName(suggestions, 'Riverton City Council').kind).toBe('organization');
    expect(byName(suggestions, 'Quay Street').kind).toBe('place');
    expect(byName(suggestions, 'Harbor District').kind).toBe('place');
    expect(byName(suggestions, 'Harbor Line Summit')).toMatchObject({ kind: 'event', mentions: 2 });
  });

  test('most mentioned first; ids unique and kebab-case; no headings, months or pronouns', () => {
    const mentions = suggestions.map((s) => s.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const ids = suggestions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expectNotSuggested(suggestions, [
      'A divided chamber',
      'June',
      'Wednesday',
      'He',
      'Today',
      'Asked',
      'Outside',
    ]);
  });
});

describe('the Spanish fixture', () => {
  const suggestions = suggestEntries(fixtureArticle('ayuntamiento-articulo.html'));

  test('people after lower-case titles, with their surnames', () => {
    expect(byName(suggestions, 'Inés Carvajal')).toMatchObject({
      kind: 'person',
      forms: ['Inés Carvajal', 'Carvajal'],
      mentions: 4,
    });
    expect(byName(suggestions, 'Tomás Quiroga')).toMatchObject({ kind: 'person', mentions: 3 });
    expect(byName(suggestions, 'Andrés Montalvo').forms).toEqual(['Andrés Montalvo', 'Montalvo']);
  });

  test('names joined by connectors, kinds from their first words', () => {
    expect(byName(suggestions, 'Secretaría de Movilidad')).toMatchObject({
      kind: 'organization',
      mentions: 2,
    });
    expect(byName(suggestions, 'Ministerio de Transportes').kind).toBe('organization');
    expect(byName(suggestions, 'Partido Verde').kind).toBe('organization');
    expect(byName(suggestions, 'Ayuntamiento de Valdeluz').kind).toBe('organization');
    expect(byName(suggestions, 'Asociación de Vecinos del Puerto Viejo').kind).toBe('organization');
    expect(byName(suggestions, 'Cumbre de Movilidad Urbana').kind).toBe('event');
    expect(byName(suggestions, 'Valdeluz').kind).toBe('place');
  });

  test('no sentence-start words', () => {
    expectNotSuggested(suggestions, ['El', 'La', 'Hoy', 'Según', 'Tenemos', 'Este', 'Su']);
  });
});

describe.skipIf(ARTICLE.skip)('the bundled source article', () => {
  test('suggests its people, places and organizations', () => {
    const suggestions = suggestEntries(sourceArticle());
    const sheinbaum = byName(suggestions, 'Claudia Sheinbaum');
    expect(sheinbaum).toMatchObject({ kind: 'person', forms: ['Claudia Sheinbaum', 'Sheinbaum'] });
    expect(sheinbaum.mentions).toBeGreaterThanOrEqual(10);
    expect(byName(suggestions, 'Donald Trump').forms).toEqual(['Donald Trump', 'Trump']);
    expect(
      suggestions
        .slice(0, 2)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Claudia Sheinbaum', 'Donald Trump']);
    expect(byName(suggestions, 'Mexico').kind).toBe('place');
    expect(byName(suggestions, 'US').kind).toBe('place');
    expect(byName(suggestions, 'Marco Rubio').kind).toBe('person');
    expect(byName(suggestions, 'Gianni Infantino').kind).toBe('person');
    expect(byName(suggestions, 'FIFA').kind).toBe('organization');
    expect(byName(suggestions, 'Andres Manuel Lopez Obrador').kind).toBe('person');
    // A demonym, title words and headings are not entries.
    expectNotSuggested(suggestions, [
      'Mexican',
      'President',
      'Secretary',
      'Conclusion',
      'Legal and Political Context',
    ]);
  });
});

describe('grouping', () => {
  test('case and accent variants and possessives are one name; the commonest print wins', () => {
    const article = articleFromPastedText(
      'The mayor, Inés Carvajal, spoke first.\nThen INES CARVAJAL spoke again.\nLater Ines Carvajal’s aide spoke for Inés Carvajal.',
      'en',
    );
    expect(suggestEntries(article)).toContainEqual(
      expect.objectContaining({ name: 'Inés Carvajal', forms: ['Inés Carvajal'], mentions: 4 }),
    );
  });

  test('a surname shared by two people stays apart', () => {
    const article = articleFromPastedText(
      'Councillor Ana Ruiz met Mayor Pedro Ruiz on Monday.\nLater, Ruiz said the vote was close.',
      'en',
    );
    const suggestions = suggestEntries(article);
    expect(byName(suggestions, 'Ana Ruiz').forms).toEqual(['Ana Ruiz']);
    expect(byName(suggestions, 'Pedro Ruiz').forms).toEqual(['Pedro Ruiz']);
  });

  test('an acronym counts in capitals only', () => {
    const article = articleFromPastedText(
      'Officials of the UN met us.\nThe UN said the talks would go on.',
      'en',
    );
    expect(byName(suggestEntries(article), 'UN').mentions).toBe(2);
  });
});

test('the language is the declared one, else the one its common words point to', () => {
  const spanish = articleFromPastedText(
    'La alcaldesa dijo que el proyecto de la ciudad es para todos.',
  );
  expect(articleLanguage(spanish)).toBe('es');
  expect(articleLanguage({ ...spanish, lang: 'en' })).toBe('en');
  expect(
    articleLanguage(articleFromPastedText('The mayor said that the plan is for everyone.')),
  ).toBe('en');
});
