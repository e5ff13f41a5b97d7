/**
 * Lower-case letters and digits joined by hyphens, accents removed, at most `maxLength`
 * characters ("Inés C." → `ines-c`); empty when nothing is left. The shape of dataset and entry
 * ids.
 */
export function slugOf(text: string, maxLength = Infinity): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` does not hold. */
export function unusedId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
