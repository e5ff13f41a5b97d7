// Properties of the dataset validator over generated files: valid ones, files with known
// mistakes put in on purpose, and anything at all.

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ENTRY_KINDS, RELEVANCES } from '../../lib/dataset/types';
import { parseDatasetJson, validateDataset } from '../../lib/dataset/validate';

type Json = Record<string, unknown>;

const word = fc.stringMatching(/^[a-z]{3,8}$/);

/** A valid dataset of one to six entries, with relations both ways and quotes by people. */
const validDataset = fc
  .uniqueArray(word, { minLength: 1, maxLength: 6 })
  .chain((words) =>
    fc.record({
      words: fc.constant(words),
      kinds: fc.array(fc.constantFrom(...ENTRY_KINDS), {
        minLength: words.length,
        maxLength: words.length,
      }),
      relevances: fc.array(fc.option(fc.constantFrom(...RELEVANCES), { nil: undefined }), {
        minLength: words.length,
        maxLength: words.length,
      }),
      pairs: fc.array(fc.tuple(fc.nat(words.length - 1), fc.nat(words.length - 1)), {
        maxLength: 4,
      }),
      priorities: fc.array(fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }), {
        minLength: words.length,
        maxLength: words.length,
      }),
    }),
  )
  .map(({ words, kinds, relevances, pairs, priorities }) => {
    const related = words.map(() => new Set<string>());
    for (const [a, b] of pairs) {
      if (a === b) continue;
      related[a]!.add(words[b]!);
      related[b]!.add(words[a]!);
    }
    const entries: Json[] = words.map((id, i) => {
      const name = `${id[0]!.toUpperCase()}${id.slice(1)} Ltd`;
      const entry: Json = {
        id: `${id}-${i}`,
        kind: kinds[i],
        name,
        description: `What ${name} is.`,
        facts: [{ text: `A fact about ${name}.`, evidence: `${name} did something` }],
        aliases: [{ text: name }],
        related: [...related[i]!].map((other) => `${other}-${words.indexOf(other)}`),
      };
      if (kinds[i] === 'person') entry.quotes = [{ text: 'We will see', speaker: entry.id }];
      if (relevances[i]) entry.relevance = relevances[i];
      if (priorities[i] !== undefined) entry.priority = priorities[i];
      return entry;
    });
    return {
      version: 2,
      source: { title: 'A generated story', kind: 'test', period: 'today' },
      entries,
    } as Json & { source: Json; entries: Json[] };
  });

const KNOWN_FIELDS = new Set([
  'version',
  'source',
  'entries',
  'title',
  'kind',
  'period',
  'note',
  'text',
  'id',
  'name',
  'description',
  'facts',
  'quotes',
  'related',
  'aliases',
  'stopPhrases',
  'relevance',
  'priority',
]);
const unknownName = word.filter((name) => !KNOWN_FIELDS.has(name));

/** One mistake put into a dataset, and the path where the validator must report it. */
type Mistake = { apply(dataset: Json & { source: Json; entries: Json[] }): string | null };

const mistake: fc.Arbitrary<Mistake> = fc.oneof(
  fc.tuple(fc.nat(), unknownName).map(([at, name]): Mistake => ({
    apply: (d) => {
      const entry = d.entries[at % d.entries.length]!;
      if (name in entry) return null;
      entry[name] = 'x';
      return `entries[${at % d.entries.length}].${name}`;
    },
  })),
  unknownName.map((name): Mistake => ({
    apply: (d) => (name in d.source ? null : ((d.source[name] = 1), `source.${name}`)),
  })),
  unknownName.map((name): Mistake => ({
    apply: (d) => (name in d ? null : ((d[name] = []), name)),
  })),
  fc.tuple(fc.nat(), fc.constantFrom('animal', 'Person', '', 3)).map(([at, kind]): Mistake => ({
    apply: (d) => {
      d.entries[at % d.entries.length]!.kind = kind;
      return `entries[${at % d.entries.length}].kind`;
    },
  })),
  fc
    .tuple(fc.nat(), fc.oneof(fc.integer({ min: 101 }), fc.integer({ max: -101 })))
    .map(([at, priority]): Mistake => ({
      apply: (d) => {
        d.entries[at % d.entries.length]!.priority = priority;
        return `entries[${at % d.entries.length}].priority`;
      },
    })),
  fc
    .tuple(fc.nat(), fc.constantFrom('', '   ', 'x'.repeat(201), ' padded'))
    .map(([at, description]): Mistake => ({
      apply: (d) => {
        d.entries[at % d.entries.length]!.description = description;
        return `entries[${at % d.entries.length}].description`;
      },
    })),
);

describe('validateDataset', () => {
  test.prop([validDataset])(
    'accepts every generated valid dataset, as a value and as JSON',
    (dataset) => {
      expect(validateDataset(dataset)).toMatchObject({ ok: true });
      expect(parseDatasetJson(JSON.stringify(dataset))).toMatchObject({ ok: true });
    },
  );

  test.prop([validDataset, fc.array(mistake, { minLength: 1, maxLength: 8 })])(
    'refuses a file with mistakes and lists every one of them, where it is',
    (generated, mistakes) => {
      // A copy: generated values are reused while a failure is shrunk, and must stay intact.
      const dataset = structuredClone(generated);
      const paths = new Set<string>();
      for (const one of mistakes) {
        const path = one.apply(dataset);
        if (path !== null) paths.add(path);
      }
      fc.pre(paths.size > 0);
      const result = validateDataset(dataset);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(new Set(result.errors.map((error) => error.path))).toEqual(paths);
    },
  );

  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true })])(
    'never throws, and accepts nothing of no shape',
    (value) => {
      const result = validateDataset(value);
      expect(result.ok).toBe(false);
    },
  );

  test.prop([
    fc.oneof(
      fc.string(),
      fc.json(),
      validDataset.map((d) => JSON.stringify(d).slice(0, -3)),
    ),
  ])('parseDatasetJson never throws and refuses text that is not a dataset', (text) => {
    expect(parseDatasetJson(text).ok).toBe(false);
  });
});
