import { expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { ENTRY_KINDS } from '../../lib/dataset/types';
import { parsePreviewText } from '../../lib/options/preview-text';

test('marked mentions become segments of their kind, the rest plain text', () => {
  expect(parsePreviewText('[person:Ana] met [place:Lima].')).toEqual([
    { text: 'Ana', kind: 'person' },
    { text: ' met ', kind: null },
    { text: 'Lima', kind: 'place' },
    { text: '.', kind: null },
  ]);
});

test.each([
  ['en', en.optionsPreviewText.message],
  ['es', es.optionsPreviewText.message],
])('the %s preview names every kind, with nothing left of the marks', (_lang, text) => {
  const segments = parsePreviewText(text);
  const kinds = new Set(segments.flatMap((segment) => (segment.kind ? [segment.kind] : [])));
  expect([...kinds].sort()).toEqual([...ENTRY_KINDS].sort());
  expect(segments.map((segment) => segment.text).join('')).not.toMatch(/[[\]]/);
});
