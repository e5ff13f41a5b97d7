/** The toolbar badge for a page with `count` mentions: empty for none, "999+" past 999. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}
