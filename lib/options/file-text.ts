// The text of a file the reader picked. JSON files are UTF-8; a file saved in another encoding
// (Latin-1, Windows-1252) would otherwise be read with its accented letters replaced by "�",
// and a dataset's aliases would silently stop matching. Pure logic.

/** A file's text, or the refusal of bytes that are not text in an encoding we read. */
export type FileText = { ok: true; text: string } | { ok: false; problem: 'not-utf8' };

// Byte order marks: UTF-8's is dropped, and UTF-16's (what some editors call "Unicode") says
// how to read the rest.
const UTF16_LE = [0xff, 0xfe];
const UTF16_BE = [0xfe, 0xff];

/**
 * Decodes a file's bytes strictly: UTF-8 (a byte order mark is dropped), or UTF-16 when it
 * starts with the byte order mark of UTF-16. Any byte sequence that is not valid in that
 * encoding refuses the whole file rather than becoming "�". Never throws.
 */
export function decodeFileText(bytes: Uint8Array): FileText {
  const encoding = startsWith(bytes, UTF16_LE)
    ? 'utf-16le'
    : startsWith(bytes, UTF16_BE)
      ? 'utf-16be'
      : 'utf-8';
  try {
    // The decoder drops the byte order mark of its encoding itself.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, i) => bytes[i] === byte);
}
