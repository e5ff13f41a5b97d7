import type { Matcher, Mention } from '../matcher/types';

/** Text matched per step: small enough that one step fits well inside a slice. */
export const MATCH_WINDOW = 32_768;
// Longer than any alias: a mention that starts inside a window always ends inside its overlap.
const OVERLAP = 512;

/**
 * Matches a long text a window at a time, so that a 5 MB text node does not block the page.
 * Windows end at whitespace, and each one reads a little past its end, so the mentions found
 * are those one `find` over the whole text would return (a stretch of more than 512 characters
 * without whitespace, such as an encoded blob, is cut where it is).
 */
export class WindowedMatches {
  private position = 0;

  constructor(
    private readonly matcher: Matcher,
    private readonly text: string,
  ) {}

  /** True when the whole text has been matched. */
  get done(): boolean {
    return this.position >= this.text.length;
  }

  /** Matches the next window; offsets are into the whole text. */
  next(): Mention[] {
    const { text } = this;
    const start = this.position;
    const cut = windowCut(text, start);
    if (cut === text.length) {
      this.position = text.length;
      return shift(this.matcher.find(start === 0 ? text : text.slice(start)), start);
    }
    const found = this.matcher.find(text.slice(start, cut + OVERLAP));
    const accepted = found.filter((mention) => mention.start + start < cut);
    const lastEnd = accepted.length > 0 ? accepted[accepted.length - 1]!.end + start : 0;
    this.position = Math.max(cut, lastEnd);
    return shift(accepted, start);
  }
}

/**
 * A long text as windows that end at whitespace and reach a little past their end, as
 * `WindowedMatches` reads it: every phrase that starts inside a window ends inside it.
 */
export class TextWindows {
  private position = 0;

  constructor(private readonly text: string) {}

  /** True when the whole text has been given out. */
  get done(): boolean {
    return this.position >= this.text.length;
  }

  /** The next window. */
  next(): string {
    const { text } = this;
    const start = this.position;
    const cut = windowCut(text, start);
    this.position = cut;
    return cut === text.length ? text.slice(start) : text.slice(start, cut + OVERLAP);
  }
}

// Where the window that starts at `start` ends (the text's end when the rest fits in one).
function windowCut(text: string, start: number): number {
  if (text.length - start <= MATCH_WINDOW + OVERLAP) return text.length;
  return whitespaceAtOrAfter(text, start + MATCH_WINDOW, start + MATCH_WINDOW + OVERLAP);
}

function shift(mentions: Mention[], by: number): Mention[] {
  if (by === 0) return mentions;
  return mentions.map((mention) => ({
    ...mention,
    start: mention.start + by,
    end: mention.end + by,
  }));
}

// A text without whitespace for a long stretch is cut anyway: no alias is that long.
function whitespaceAtOrAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0x2029) return i;
  }
  return from;
}
