import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../lib/dataset';
import type { ImportRequest, ImportVerdict } from '../../lib/dataset-import/check-import';
import { checkImport } from '../../lib/dataset-import/check-import';
import { datasetIdOf } from '../../lib/dataset-import/dataset-id';
import type { ImportedDataset } from '../../lib/dataset-import/imported-dataset';
import {
  MAX_IMPORTED_DATASETS,
  MAX_IMPORTED_TOTAL_BYTES,
  MAX_IMPORT_FILE_BYTES,
} from '../../lib/dataset-import/import-limits';
import { MAX_REPORTED_ERRORS } from '../../lib/dataset/validate';
import { BROKEN_EXAMPLE_PATHS, exampleDataset, exampleText } from './example-datasets';

const NOW = Date.UTC(2025, 9, 1);

function check(input: unknown, more: Partial<ImportRequest> = {}): ImportVerdict {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return checkImport({
    text,
    fileBytes: new TextEncoder().encode(text).length,
    bundled: bundledDataset,
    imported: [],
    now: NOW,
    ...more,
  });
}

/** The import `input` makes, failing the test when it is refused. */
function imported(input: unknown, more: Partial<ImportRequest> = {}): ImportedDataset {
  const verdict = check(input, more);
  if (!verdict.ok) expect.fail(`refused: ${JSON.stringify(verdict)}`);
  return verdict.imported;
}

function errorsOf(verdict: ImportVerdict) {
  if (verdict.ok || verdict.problem !== 'invalid') expect.fail(`not invalid: ${verdict.ok}`);
  return verdict.errors;
}

describe('a valid file', () => {
  test('is stored with its title, entry count, date and size, turned on', () => {
    const { info, dataset, sourceText } = imported(exampleText('valid'));
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    expect(info).toEqual({
      id: 'valmora-votes-to-take-back-its-water',
      title: 'Valmora votes to take back its water',
      entryCount: 10,
      importedAt: NOW,
      enabled: true,
      // Storage holds the entries and, apart, the source text: both count against the limit.
      bytes: bytes(dataset) + bytes(sourceText),
      evidenceChecked: true,
    });
    expect(dataset.entries.map((entry) => entry.id)).toContain('ines-carvalho');
  });

  test('with a source text: its evidence is checked, and the text is kept apart from the entries', () => {
    const { info, dataset, sourceText } = imported(exampleText('valid'));
    expect(info.evidenceChecked).toBe(true);
    expect(dataset.source).not.toHaveProperty('text');
    expect(sourceText).toBe(exampleDataset('valid').source.text);
    expect(dataset.source.title).toBe(info.title);
  });

  test('without a source text: imported, but its evidence is not said to be checked', () => {
    const input = exampleDataset('valid', (d) => delete d.source.text);
    const result = imported(input);
    expect(result.info.evidenceChecked).toBe(false);
    expect(result).not.toHaveProperty('sourceText');
  });

  test('in the format of version 1 (no source text) is still imported', () => {
    const input = exampleDataset('valid', (d) => ((d.version = 1), delete d.source.text));
    expect(imported(input).dataset.version).toBe(2);
  });
});

describe('a file that is not a valid dataset', () => {
  test('the broken example: every problem is listed with its path', () => {
    expect(errorsOf(check(exampleText('broken'))).map((error) => error.path)).toEqual(
      BROKEN_EXAMPLE_PATHS,
    );
  });

  test('not JSON at all', () => {
    expect(errorsOf(check('{"version": 2, "entries": ['))).toEqual([
      { path: '', message: expect.stringMatching(/^The file is not valid JSON/) },
    ]);
  });

  test('two entries with one id', () => {
    const input = exampleDataset('valid', (d) => (d.entries[1]!.id = 'ines-carvalho'));
    expect(errorsOf(check(input))).toContainEqual({
      path: 'entries[1].id',
      message: expect.stringMatching(/^The id "ines-carvalho" is already used/),
    });
  });

  test('evidence or a quotation that its own source text does not contain', () => {
    const input = exampleDataset('valid', (d) => {
      const entry = d.entries[0] as { facts: { evidence: string }[]; quotes: { text: string }[] };
      entry.facts[1]!.evidence = 'Mayor Ines Carvalho, who campaigned for the buyback';
      entry.quotes[0]!.text = 'a mandate to treat water as a public good';
    });
    expect(errorsOf(check(input))).toEqual([
      {
        path: 'entries[0].facts[1].evidence',
        message: expect.stringMatching(
          /^Not found word for word in the source text\. It matches up to "Mayor In", where the source text continues with "ês Carvalho/,
        ),
      },
      {
        path: 'entries[0].quotes[0].text',
        message: expect.stringMatching(/^Not found word for word in the source text\./),
      },
    ]);
  });

  test('errors past the cap are counted in one closing line', () => {
    const input = exampleDataset('valid', (d) => {
      const entry = d.entries[0] as { facts: unknown[] };
      const source = 'x'.repeat(20);
      d.entries = Array.from({ length: 60 }, (_, i) => ({
        ...entry,
        id: `entry-${i}`,
        related: [],
        quotes: [],
        aliases: [{ text: `Name ${i}` }],
        facts: [{ text: 'A fact.', evidence: source }],
      }));
    });
    const errors = errorsOf(check(input));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)).toEqual({ path: '', message: expect.stringMatching(/^And 10 more/) });
  });
});

describe('aliases shared with the datasets already there', () => {
  const withAlias = (alias: string, priority?: number) =>
    exampleDataset('valid', (d) => {
      const entry = d.entries[6] as { aliases: { text: string }[]; priority?: number };
      entry.aliases.push({ text: alias });
      if (priority !== undefined) entry.priority = priority;
    });

  test('the same alias as a bundled entry, at the same priority, is refused', () => {
    expect(errorsOf(check(withAlias('méxico')))).toEqual([
      {
        path: 'entries[6].aliases[1].text',
        message: expect.stringMatching(
          /^The entry "Mexico" \(mexico\) of the bundled dataset also has this alias, with the same priority \(0\)\. Give this entry a priority above 0/,
        ),
      },
    ]);
  });

  test('a priority says which entry takes the mentions, so either way it is accepted', () => {
    expect(check(withAlias('Mexico', 1)).ok).toBe(true);
    expect(check(withAlias('Mexico', -1)).ok).toBe(true);
  });

  test('the same alias as another imported dataset is refused, naming it', () => {
    const other = imported(
      exampleDataset('valid', (d) => {
        d.source.title = 'Another story';
        delete d.source.text;
      }),
    );
    const errors = errorsOf(check(exampleText('valid'), { imported: [other] }));
    expect(errors[0]).toEqual({
      path: 'entries[0].aliases[0].text',
      message: expect.stringContaining('of the dataset "Another story" also has this alias'),
    });
  });
});

describe('room for it', () => {
  test('a file over the size limit is refused before it is read', () => {
    const verdict = check('not even JSON', { fileBytes: MAX_IMPORT_FILE_BYTES + 1 });
    expect(verdict).toEqual({
      ok: false,
      problem: 'too-large',
      bytes: MAX_IMPORT_FILE_BYTES + 1,
      limit: MAX_IMPORT_FILE_BYTES,
    });
  });

  test('a file that does not fit beside the others is refused', () => {
    const other = imported(exampleDataset('valid', (d) => (d.source.title = 'Another story')));
    const big = { ...other, info: { ...other.info, bytes: MAX_IMPORTED_TOTAL_BYTES - 100 } };
    const verdict = check(exampleText('valid'), {
      imported: [{ ...big, dataset: { ...big.dataset, entries: [] } }],
    });
    expect(verdict).toMatchObject({ ok: false, problem: 'no-room', used: big.info.bytes });
  });

  test(`at most ${MAX_IMPORTED_DATASETS} datasets`, () => {
    const others = Array.from({ length: MAX_IMPORTED_DATASETS }, (_, i) => {
      const one = imported(exampleDataset('valid', (d) => (d.source.title = `Story ${i}`)));
      return { ...one, dataset: { ...one.dataset, entries: [] } };
    });
    expect(check(exampleText('valid'), { imported: others })).toEqual({
      ok: false,
      problem: 'too-many',
      limit: MAX_IMPORTED_DATASETS,
    });
  });
});

describe('a dataset with the title of one already imported', () => {
  test('replaces it: its aliases, size and place do not count against the new one', () => {
    const first = imported(exampleText('valid'), { now: 1 });
    const full = { ...first, info: { ...first.info, bytes: MAX_IMPORTED_TOTAL_BYTES } };
    const verdict = check(exampleText('valid'), { imported: [full] });
    expect(verdict).toMatchObject({ ok: true, replaces: full.info });
  });

  test('ids come from titles, and never take the bundled dataset’s id', () => {
    expect(datasetIdOf('Huelga del agua en Lisboa!')).toBe('huelga-del-agua-en-lisboa');
    expect(datasetIdOf('  ¿¿ ')).toBe('dataset');
    expect(datasetIdOf('Bundled')).toBe('bundled-dataset');
    expect(datasetIdOf('a'.repeat(100))).toHaveLength(48);
  });
});
