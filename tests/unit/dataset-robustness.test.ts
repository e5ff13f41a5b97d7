// validateDataset and parseDatasetJson promise never to throw: they read files that users
// import, so any input at all must come back as a list of problems.

import { describe, expect, test, vi } from 'vitest';
import raw from '../../assets/dataset.json';
import { MAX_JSON_BYTES, parseDatasetJson, validateDataset } from '../../lib/dataset/validate';
import { errorsOf, fixtureDataset } from './dataset-fixtures';

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { entries: [value] };
  return value;
}

describe('validateDataset on junk', () => {
  const junk: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', 'dataset'],
    ['a list', []],
    ['an empty object', {}],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a date', new Date(0)],
    ['a map', new Map([['version', 1]])],
    ['deep nesting', nested(100_000)],
  ];
  test.each(junk)('%s gives errors and does not throw', (_name, input) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message).toMatch(/\S/);
    }
  });

  test('a top-level value of the wrong kind is named in plain words', () => {
    expect(errorsOf(null)).toEqual([
      { path: '', message: expect.stringMatching(/^Must be a dataset: .* but this is null/) },
    ]);
    expect(errorsOf([])[0]?.message).toMatch(/but this is a list/);
  });

  test('a getter that throws is reported where it is', () => {
    const input = fixtureDataset();
    Object.defineProperty(input.entries[1], 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorsOf(input)).toEqual([
      {
        path: 'entries[1].name',
        message: expect.stringMatching(/^This value could not be read\./),
      },
    ]);
  });

  test('proxies that throw on every operation are reported', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
        get() {
          throw new Error('no values');
        },
        getPrototypeOf() {
          throw new Error('no prototype');
        },
      },
    );
    expect(errorsOf(hostile)[0]?.message).toMatch(/could not be read/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorsOf(fixtureDataset((d) => (d.source = proxy)))[0]?.path).toBe('source');
  });

  test('cycles are reported instead of followed', () => {
    const input = fixtureDataset();
    input.entries.push(input as never);
    expect(errorsOf(input)).toEqual([
      { path: 'entries[3]', message: expect.stringMatching(/contains itself/) },
    ]);
  });

  test('huge inputs are refused without reading them to the end', () => {
    const entries = new Array(5_000_000).fill(0);
    let reads = 0;
    const counted = new Proxy(entries, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const input = fixtureDataset((d) => (d.entries = counted));
    expect(errorsOf(input)).toEqual([{ path: '', message: expect.stringMatching(/too large/) }]);
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(entries.length / 10);
  });

  test('fields named __proto__ or constructor are reported and pollute nothing', () => {
    const text = JSON.stringify(fixtureDataset()).replace(
      '"version":1',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"version":1',
    );
    const result = parseDatasetJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/^Unknown field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const inEntry = JSON.stringify(fixtureDataset()).replace(
      '"kind":"place"',
      '"kind":"place","__proto__":{"kind":"event"}',
    );
    expect(parseDatasetJson(inEntry).ok).toBe(false);
  });

  test('random damage to the bundled dataset never throws', () => {
    // A small deterministic generator, so a failure can be reproduced.
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const replacements = [
      null,
      0,
      -1,
      1.5,
      '',
      ' ',
      'x',
      [],
      {},
      true,
      '__proto__',
      'a'.repeat(500),
    ];
    for (let round = 0; round < 300; round++) {
      const copy = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
      for (let hits = 0; hits < 3; hits++) {
        let node: unknown = copy;
        let parent: Record<string, unknown> | null = null;
        let key = '';
        // Walk a random path down, then replace what is there.
        for (let depth = 0; depth < 6 && node && typeof node === 'object'; depth++) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          parent = node as Record<string, unknown>;
          key = keys[Math.floor(random() * keys.length)] ?? '';
          node = parent[key];
        }
        if (parent) parent[key] = replacements[Math.floor(random() * replacements.length)];
      }
      const result = validateDataset(copy);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});

describe('parseDatasetJson', () => {
  test('accepts the bundled dataset as text, with or without a byte order mark', () => {
    const text = JSON.stringify(raw);
    expect(parseDatasetJson(text).ok).toBe(true);
    expect(parseDatasetJson(`\uFEFF${text}`).ok).toBe(true);
  });

  test('explains text that is not JSON', () => {
    expect(parseDatasetJson('{"version": 1,')).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^The file is not valid JSON/) }],
    });
    expect(parseDatasetJson('')).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is empty.' }],
    });
  });

  test('refuses 6 MB of junk in one error, without parsing it', () => {
    const junk = '{"entries": ['.padEnd(6 * 1024 * 1024, '[');
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseDatasetJson(junk);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: expect.stringMatching(
            /^The file is too large: 6\.0 MB or more\. A dataset may be at most 5 MB\.$/,
          ),
        },
      ],
    });
  });

  test('counts bytes, not characters, against the size limit', () => {
    // Each "€" is three bytes of UTF-8: this text has fewer characters than the limit allows.
    const text = `"${'€'.repeat(Math.ceil(MAX_JSON_BYTES / 3) + 10)}"`;
    expect(text.length).toBeLessThan(MAX_JSON_BYTES);
    const result = parseDatasetJson(text);
    expect(!result.ok && result.errors[0]?.message).toMatch(/too large/);
  });

  test('survives deeply nested JSON', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = parseDatasetJson(deep);
    expect(result.ok).toBe(false);
  });

  test('returns errors for a value that is not a string', () => {
    expect(parseDatasetJson(null as unknown as string).ok).toBe(false);
  });
});
