/** A piece of the preview's sample text: plain words, or a mention of an entry of `kind`. */
export interface PreviewSegment {
  readonly text: string;
  readonly kind: string | null;
}

const MENTION = /\[([a-z]+):([^\]]+)\]/g;

/**
 * Splits the sample text of the highlight preview, where mentions are written `[kind:words]`
 * ("[person:Claudia Sheinbaum] told [organization:FIFA] …"), so translators can write the
 * sentence and its names in their language.
 */
export function parsePreviewText(text: string): PreviewSegment[] {
  const segments: PreviewSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(MENTION)) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), kind: null });
    segments.push({ text: match[2]!, kind: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), kind: null });
  return segments;
}
