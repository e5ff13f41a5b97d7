import type { Mention } from '../matcher/types';
import { isInsideSkippedContent } from './element-rules';
import type { PageMention } from './page-mention';
import type { TextChunk } from './text-chunk';

/** What building mentions needs to know. */
export interface BuildOptions {
  /** The kind of an entry, which picks its highlight style. */
  kindOf(entryId: string): string;
  /** The window's StaticRange, where there is one. */
  StaticRange?: typeof StaticRange;
  /** True when content may have become hidden or editable since the text was read. */
  recheck: boolean;
  /** How many mentions may still be added. */
  room: number;
}

/**
 * Turns the matcher's mentions in a chunk's text into mentions on the page. The page may have
 * changed since the text was read: text that left the page, or that became hidden or editable
 * meanwhile, or whose offsets no longer fit, gets no mention.
 */
export function buildMentions(
  found: readonly Mention[],
  chunk: TextChunk,
  options: BuildOptions,
): PageMention[] {
  const built: PageMention[] = [];
  for (const { start, end, entryId, alias } of found) {
    if (built.length >= options.room) break;
    const nodes = chunk.nodesBetween(start, end);
    if (!nodes.every((node) => node.isConnected)) continue;
    if (options.recheck && isInsideSkippedContent(nodes[0]!)) continue;
    const first = chunk.startPosition(start);
    const last = chunk.endPosition(end);
    if (first.offset > first.node.length || last.offset > last.node.length) continue;
    const range = staticRange(options, first.node, first.offset, last.node, last.offset);
    built.push({ entryId, alias, kind: options.kindOf(entryId), range, nodes });
  }
  return built;
}

// StaticRange keeps no live link to the DOM, so the page's own edits cost nothing extra; where it
// is missing (old browsers, test DOMs), a plain object with the same fields serves the fallback.
function staticRange(
  { StaticRange }: BuildOptions,
  startContainer: Text,
  startOffset: number,
  endContainer: Text,
  endOffset: number,
): StaticRange {
  const init = { startContainer, startOffset, endContainer, endOffset };
  if (StaticRange) return new StaticRange(init);
  return { ...init, collapsed: false } as StaticRange;
}
