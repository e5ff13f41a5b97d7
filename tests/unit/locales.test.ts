import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : readFileSync(path, 'utf8')))
    .join('\n');
}

const placeholdersOf = (entry: Catalog[string]) =>
  [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  test.each([['es', es as Catalog]])(
    '%s has every English key with the same placeholders',
    (_, other) => {
      const english = en as Catalog;
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(english)) {
        expect(placeholdersOf(other[key]!), key).toEqual(placeholdersOf(entry));
        expect(Object.keys(other[key]!.placeholders ?? {}).sort(), key).toEqual(
          Object.keys(entry.placeholders ?? {}).sort(),
        );
        expect(other[key]!.message.trim(), key).not.toBe('');
      }
    },
  );

  test('every key is used by the code or the manifest', () => {
    const code = SOURCE_DIRS.map((dir) => sourceText(join(ROOT, dir))).join('\n');
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
