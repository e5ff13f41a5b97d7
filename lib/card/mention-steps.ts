/**
 * Moving from mention to mention: within one entry's mentions (the card's previous and next,
 * which stop at the ends) and through all of the page's (the keyboard commands, which wrap
 * around). Pure logic over lists in page order and a page-order comparison.
 */

/** Which way to move. */
export type Direction = 'next' | 'previous';

/**
 * The mention of `list` after or before `from`. When `from` is not in the list (a card showing
 * a related entry), the nearest one on that side of it in page order. Null past the ends.
 */
export function stepWithin<T>(
  list: readonly T[],
  from: T | null,
  direction: Direction,
  compare: (a: T, b: T) => number,
): T | null {
  if (list.length === 0) return null;
  if (from === null) return direction === 'next' ? list[0]! : list[list.length - 1]!;
  const at = list.indexOf(from);
  if (at >= 0) return list[direction === 'next' ? at + 1 : at - 1] ?? null;
  if (direction === 'next') return list.find((item) => compare(item, from) > 0) ?? null;
  return list.findLast((item) => compare(item, from) < 0) ?? null;
}

/** Like `stepWithin`, but past the last mention comes the first again, and the other way. */
export function stepAround<T>(
  list: readonly T[],
  from: T | null,
  direction: Direction,
  compare: (a: T, b: T) => number,
): T | null {
  const step = stepWithin(list, from, direction, compare);
  if (step !== null || list.length === 0) return step;
  return direction === 'next' ? list[0]! : list[list.length - 1]!;
}

/** The 1-based position of `item` in `list`, or null. */
export function positionOf<T>(list: readonly T[], item: T | null): number | null {
  const at = item === null ? -1 : list.indexOf(item);
  return at >= 0 ? at + 1 : null;
}

/**
 * The entries a card went through by following related entries, so that "Back" returns to the
 * previous one. Starts over with each new mention.
 */
export class CardTrail {
  private readonly trail: string[];

  constructor(entryId: string) {
    this.trail = [entryId];
  }

  /** The entry shown now. */
  get current(): string {
    return this.trail[this.trail.length - 1]!;
  }

  /** The entry "Back" returns to, or null. */
  get previous(): string | null {
    return this.trail[this.trail.length - 2] ?? null;
  }

  /** Shows a related entry. */
  follow(entryId: string): void {
    if (entryId !== this.current) this.trail.push(entryId);
  }

  /** Returns to the previous entry. */
  back(): void {
    if (this.trail.length > 1) this.trail.pop();
  }
}
