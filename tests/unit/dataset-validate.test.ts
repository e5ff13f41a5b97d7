import { describe, expect, test } from 'vitest';
import raw from '../../assets/dataset.json';
import { bundledDataset } from '../../lib/dataset';
import { MAX_DESCRIPTION_LENGTH, MAX_FACT_LENGTH } from '../../lib/dataset/schema';
import { MAX_REPORTED_ERRORS, validateDataset } from '../../lib/dataset/validate';
import { entryAt, errorsOf, expectError, fixtureDataset } from './dataset-fixtures';

describe('the bundled dataset', () => {
  test('passes validation with no errors', () => {
    const result = validateDataset(raw);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test('is exactly its checked form, so the typed export can skip validation', () => {
    const result = validateDataset(raw);
    expect(result.ok && result.dataset).toStrictEqual(JSON.parse(JSON.stringify(raw)));
    expect(bundledDataset).toBe(raw);
  });
});

describe('the shape of a dataset', () => {
  test('accepts the fixture and fills in missing quotes and related lists', () => {
    const result = validateDataset(fixtureDataset());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.entries[2]?.quotes).toEqual([]);
      expect(result.dataset.entries[2]?.related).toEqual([]);
    }
  });

  test('reports a missing field by name', () => {
    const input = fixtureDataset((d) => delete entryAt(d, 1).name);
    expectError(input, 'entries[1].name', /^The field "name" is missing\.$/);
  });

  test('reports a value of the wrong type in plain words', () => {
    expectError(
      fixtureDataset((d) => (entryAt(d, 0).name = 42)),
      'entries[0].name',
      /^Must be text, but this is the number 42\.$/,
    );
    expectError(
      fixtureDataset((d) => (d.entries = {} as never)),
      'entries',
      /^Must be a list \(\[ … \]\), but this is an object/,
    );
    expectError(
      fixtureDataset((d) => (d.source = 'a report' as never)),
      'source',
      /^Must be the source: an object .* with the fields title, kind, period, note, text, but this is the text "a report"\.$/,
    );
  });

  test('reports an unknown field, which is usually a misspelling', () => {
    const input = fixtureDataset((d) => (entryAt(d, 0).descripton = 'typo'));
    expectError(input, 'entries[0].descripton', /^Unknown field "descripton"\. Check its spelling/);
  });

  test('reports every unknown field of an object, not only the first', () => {
    const input = fixtureDataset((d) => {
      entryAt(d, 0).descripton = 'typo';
      entryAt(d, 0).nmae = 'typo';
    });
    expect(errorsOf(input).map((error) => error.path)).toEqual([
      'entries[0].descripton',
      'entries[0].nmae',
    ]);
  });

  test('reports unknown fields alongside the problems of the fields it knows', () => {
    const input = fixtureDataset((d) => {
      d.extra = true;
      entryAt(d, 1).kind = 'animal';
      entryAt(d, 1).colour = 'blue';
    });
    expect(errorsOf(input).map((error) => error.path)).toEqual([
      'entries[1].kind',
      'entries[1].colour',
      'extra',
    ]);
  });

  test('rejects versions it does not know', () => {
    for (const version of [3, 0, '2']) {
      expectError(
        fixtureDataset((d) => (d.version = version)),
        'version',
        /^Must be 2, the dataset format this extension reads \(files of version 1 are read too\); this is /,
      );
    }
  });

  test('rejects empty text and text with spaces around it', () => {
    expectError(
      fixtureDataset((d) => (entryAt(d, 0).name = '   ')),
      'entries[0].name',
      /^Must not be empty\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 0).description = ' Mexico’s president.')),
      'entries[0].description',
      /^Must not start or end with spaces\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 0).aliases = [{ text: '' }])),
      'entries[0].aliases[0].text',
      /^Must not be empty\.$/,
    );
  });

  test('rejects line breaks in one-line fields', () => {
    const input = fixtureDataset((d) => (entryAt(d, 1).description = 'One\nTwo'));
    expectError(input, 'entries[1].description', /^Must be on one line\.$/);
  });

  test('limits the length of descriptions and facts', () => {
    const long = fixtureDataset(
      (d) => (entryAt(d, 0).description = 'x'.repeat(MAX_DESCRIPTION_LENGTH + 1)),
    );
    expectError(long, 'entries[0].description', /^Is 201 characters long; the limit is 200\.$/);
    const longFact = fixtureDataset((d) => {
      entryAt(d, 0).facts = [
        { text: 'y'.repeat(MAX_FACT_LENGTH + 5), evidence: 'Claudia Sheinbaum' },
      ];
    });
    expectError(
      longFact,
      'entries[0].facts[0].text',
      /^Is 245 characters long; the limit is 240\.$/,
    );
    expect(
      validateDataset(fixtureDataset((d) => (entryAt(d, 0).description = 'x'.repeat(200)))).ok,
    ).toBe(true);
  });

  test('needs one to four facts', () => {
    expectError(
      fixtureDataset((d) => (entryAt(d, 0).facts = [])),
      'entries[0].facts',
      /^Needs at least 1 fact\.$/,
    );
    const fact = { text: 'A fact.', evidence: 'Sheinbaum' };
    const five = fixtureDataset((d) => (entryAt(d, 0).facts = Array(5).fill(fact)));
    expectError(five, 'entries[0].facts', /^Has 5 facts; the limit is 4\.$/);
  });

  test('needs at least one alias, with a letter or digit and two characters', () => {
    expectError(
      fixtureDataset((d) => (entryAt(d, 1).aliases = [])),
      'entries[1].aliases',
      /^Needs at least 1 alias\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 1).aliases = [{ text: '—…' }])),
      'entries[1].aliases[0].text',
      /^Must contain at least one letter or digit\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 1).aliases = [{ text: 'T' }])),
      'entries[1].aliases[0].text',
      /^Must be at least 2 characters long\.$/,
    );
  });

  test('checks ids, kinds, alias options and priorities', () => {
    expectError(
      fixtureDataset((d) => (entryAt(d, 2).id = 'Mexico City')),
      'entries[2].id',
      /^Must be lower-case letters and digits joined by single hyphens, like "claudia-sheinbaum"\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 2).kind = 'city')),
      'entries[2].kind',
      /^Must be one of person, organization, group, place, event, concept, but this is the text "city"\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 1).aliases = [{ text: 'Trump', caseSensitive: 'yes' }])),
      'entries[1].aliases[0].caseSensitive',
      /^Must be true or false, but this is the text "yes"\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 2).aliases = [{ text: 'Mexique', lang: 'fr' }])),
      'entries[2].aliases[0].lang',
      /^Must be one of "en", "es", but this is the text "fr"\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 2).aliases = [{ text: 'EU', context: 'mx' }])),
      'entries[2].aliases[0].context',
      /^Must be one of "en", "es", but this is the text "mx"\.$/,
    );
    expectError(
      fixtureDataset((d) => (entryAt(d, 2).priority = 1.5)),
      'entries[2].priority',
      /^Must be a whole number from -100 to 100\.$/,
    );
  });

  test('says whether an entry is distinctive or common, or leaves it out', () => {
    for (const relevance of ['distinctive', 'common']) {
      const input = fixtureDataset((d) => (entryAt(d, 1).relevance = relevance));
      const result = validateDataset(input);
      expect(result.ok && result.dataset.entries[1]?.relevance).toBe(relevance);
    }
    expectError(
      fixtureDataset((d) => (entryAt(d, 1).relevance = 'rare')),
      'entries[1].relevance',
      /^Must be "distinctive" \(naming the entry means the page touches the story\) or "common" \(it is named on many pages that do not\), but this is the text "rare"\.$/,
    );
  });

  test('wants quotations without their quotation marks', () => {
    const input = fixtureDataset((d) => {
      entryAt(d, 0).quotes = [{ text: '“It’s not going to happen”', speaker: 'claudia-sheinbaum' }];
    });
    expectError(
      input,
      'entries[0].quotes[0].text',
      /^Write the quotation without the quotation marks/,
    );
  });
});

describe('rules across entries', () => {
  test('ids are unique', () => {
    const input = fixtureDataset((d) => (entryAt(d, 2).id = 'donald-trump'));
    expectError(
      input,
      'entries[2].id',
      /^The id "donald-trump" is already used by the entry "Donald Trump"\. Every entry needs its own id\.$/,
    );
  });

  test('related ids exist', () => {
    const input = fixtureDataset((d) => (entryAt(d, 2).related = ['atlantis']));
    expectError(input, 'entries[2].related[0]', /^No entry has the id "atlantis"\.$/);
  });

  test('relations go both ways', () => {
    const input = fixtureDataset((d) => (entryAt(d, 2).related = ['donald-trump']));
    expectError(
      input,
      'entries[2].related[0]',
      /^The entry "donald-trump" does not list "mexico-city" back\. Relations go both ways: add "mexico-city" to the related list of "donald-trump"\.$/,
    );
  });

  test('an entry is not related to itself, nor to another twice', () => {
    const self = fixtureDataset((d) => (entryAt(d, 2).related = ['mexico-city']));
    expectError(self, 'entries[2].related[0]', /^An entry cannot be related to itself\.$/);
    const twice = fixtureDataset((d) => (entryAt(d, 0).related = ['donald-trump', 'donald-trump']));
    expectError(twice, 'entries[0].related[1]', /^"donald-trump" is listed twice\.$/);
  });

  test('two entries share an alias only with different priorities', () => {
    // Case, accents and spacing do not make two aliases different.
    const shared = fixtureDataset(
      (d) => (entryAt(d, 2).aliases = [{ text: 'claudia  SHEINBÁUM' }]),
    );
    delete entryAt(shared, 2).priority;
    expectError(
      shared,
      'entries[2].aliases[0].text',
      /^The entry "claudia-sheinbaum" also has this alias, with the same priority \(0\)\. Give one of the two entries a higher priority/,
    );
    const ranked = fixtureDataset((d) => (entryAt(d, 2).aliases = [{ text: 'Sheinbaum' }]));
    expect(validateDataset(ranked).ok).toBe(true);
  });

  test('accent variants within one entry are fine, exact repeats are not', () => {
    const variants = fixtureDataset((d) =>
      (entryAt(d, 2).aliases as unknown[]).push({ text: 'Ciudad de Mexico' }),
    );
    expect(validateDataset(variants).ok).toBe(true);
    const repeat = fixtureDataset((d) =>
      (entryAt(d, 2).aliases as unknown[]).push({ text: 'Mexico City' }),
    );
    expectError(
      repeat,
      'entries[2].aliases[2].text',
      /^This alias is already listed in this entry, as aliases\[0\]\.$/,
    );
  });

  test('a quotation’s speaker exists and is a person', () => {
    const unknown = fixtureDataset((d) => {
      entryAt(d, 0).quotes = [{ text: 'It’s not going to happen', speaker: 'sheinbaum' }];
    });
    expectError(
      unknown,
      'entries[0].quotes[0].speaker',
      /^No entry has the id "sheinbaum"\. The speaker must be a person entry\.$/,
    );
    const place = fixtureDataset((d) => {
      entryAt(d, 0).quotes = [{ text: 'It’s not going to happen', speaker: 'mexico-city' }];
    });
    expectError(
      place,
      'entries[0].quotes[0].speaker',
      /^"mexico-city" is a place, not a person\. Only a person can be quoted\.$/,
    );
  });
});

describe('error reports', () => {
  test('list the first errors and count the rest', () => {
    const input = fixtureDataset((d) => {
      d.entries = Array.from({ length: 80 }, (_, i) => ({ id: `entry-${i}`, name: 7 }));
    });
    const errors = errorsOf(input);
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)).toEqual({
      path: '',
      message: expect.stringMatching(/^And \d+ more problems not listed here\./),
    });
  });

  test('quote awkward field names in paths', () => {
    const input = fixtureDataset((d) => (entryAt(d, 0)['my field'] = 1));
    expectError(input, 'entries[0]["my field"]', /^Unknown field "my field"/);
  });
});
