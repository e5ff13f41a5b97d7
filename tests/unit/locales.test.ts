import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const english = en as Catalog;
const spanish = es as Catalog;

// The placeholders a message uses and those it declares, as one line per message.
const placeholdersOf = ({ message, placeholders = {} }: Catalog[string]) => {
  const used = [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
  return `uses ${[...new Set(used)].sort().join(',')}; declares ${Object.keys(placeholders).sort().join(',')}`;
};

test('Spanish has every English message, and no other', () => {
  expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
});

test('every message declares the placeholders it uses, the same ones in both languages', () => {
  const wrong = Object.keys(english).flatMap((key) => {
    const inEnglish = placeholdersOf(english[key]!);
    const inSpanish = spanish[key] ? placeholdersOf(spanish[key]) : 'missing';
    const declared = inEnglish.replace(/^uses (.*); declares \1$/, 'ok');
    return declared === 'ok' && inSpanish === inEnglish
      ? []
      : [`${key}: en ${inEnglish}, es ${inSpanish}`];
  });
  expect(wrong).toEqual([]);
});

test('no Spanish message is empty', () => {
  const empty = Object.keys(spanish).filter((key) => spanish[key]!.message.trim() === '');
  expect(empty).toEqual([]);
});

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : readFileSync(path, 'utf8')))
    .join('\n');
}

test('every message is used by the code or the manifest', () => {
  const code = SOURCE_DIRS.map((dir) => sourceText(join(ROOT, dir))).join('\n');
  const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const unused = Object.keys(english).filter(
    (key) => !code.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`),
  );
  expect(unused).toEqual([]);
});
