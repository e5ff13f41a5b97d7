import { expect, test } from 'vitest';
import { decodeFileText } from '../../lib/options/file-text';

const bytes = (...values: number[]) => new Uint8Array(values);

test('UTF-8 is read as it is, its byte order mark dropped', () => {
  expect(decodeFileText(new TextEncoder().encode('Inês'))).toEqual({ ok: true, text: 'Inês' });
  expect(decodeFileText(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  expect(decodeFileText(bytes())).toEqual({ ok: true, text: '' });
});

test('Latin-1 and broken UTF-8 are refused rather than read with "�" in them', () => {
  // "Inês" in Latin-1.
  expect(decodeFileText(bytes(0x49, 0x6e, 0xea, 0x73))).toEqual({ ok: false, problem: 'not-utf8' });
  // A sequence cut short at the end of the file.
  expect(decodeFileText(bytes(0x7b, 0xc3))).toEqual({ ok: false, problem: 'not-utf8' });
  // An encoded surrogate, which UTF-8 never holds.
  expect(decodeFileText(bytes(0xed, 0xa0, 0x80))).toEqual({ ok: false, problem: 'not-utf8' });
});

test('UTF-16 with its byte order mark is read, in either byte order', () => {
  expect(decodeFileText(bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00))).toEqual({
    ok: true,
    text: '{}',
  });
  expect(decodeFileText(bytes(0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d))).toEqual({
    ok: true,
    text: '{}',
  });
  // An odd number of bytes is not UTF-16.
  expect(decodeFileText(bytes(0xff, 0xfe, 0x7b))).toEqual({ ok: false, problem: 'not-utf8' });
});
