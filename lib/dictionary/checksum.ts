/**
 * A 32-bit FNV-1a checksum of a string, in hex. It tells a stored dictionary that was cut
 * short or changed by hand from the one that was written; it is not a defence against a
 * deliberate forgery (nothing but the extension can write its storage).
 */
export function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
