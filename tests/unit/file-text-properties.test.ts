// Properties of the strict decoder of picked files, over any bytes.

import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { decodeFileText } from '../../lib/options/file-text';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, mark: number[]) => mark.every((b, i) => bytes[i] === b);

// The bytes of `text` in UTF-16, in either byte order, without a byte order mark.
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const view = new DataView(new ArrayBuffer(text.length * 2));
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
}

test.prop([
  fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    // Byte order marks followed by anything, so that every branch of the decoder is reached.
    fc
      .tuple(
        fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
        fc.uint8Array({ maxLength: 32 }),
      )
      .map(([mark, rest]) => new Uint8Array([...mark, ...rest])),
  ),
])('any bytes: either text that encodes back to exactly those bytes, or a refusal', (bytes) => {
  const read = decodeFileText(bytes);
  if (!read.ok) {
    expect(read).toEqual({ ok: false, problem: 'not-utf8' });
    return;
  }
  if (startsWith(bytes, [0xff, 0xfe])) expect(utf16(read.text, true)).toEqual(bytes.slice(2));
  else if (startsWith(bytes, [0xfe, 0xff])) expect(utf16(read.text, false)).toEqual(bytes.slice(2));
  else {
    const body = startsWith(bytes, UTF8_BOM) ? bytes.slice(3) : bytes;
    expect(new TextEncoder().encode(read.text)).toEqual(body);
  }
});

test.prop([fc.string({ unit: 'binary', maxLength: 64 }), fc.boolean()])(
  'any text saved as UTF-8, with or without a byte order mark, reads back as itself',
  (text, bom) => {
    const encoded = new TextEncoder().encode(text);
    const bytes = bom ? new Uint8Array([...UTF8_BOM, ...encoded]) : encoded;
    // Without a mark of its own, a text that starts with U+FEFF has that character read as one.
    const expected = !bom && text.startsWith('\uFEFF') ? text.slice(1) : text;
    expect(decodeFileText(bytes)).toEqual({ ok: true, text: expected });
  },
);
