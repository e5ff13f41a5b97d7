import type { EntryMentions, PageMentions } from '../messages';
import type { MentionIndex } from '../page/mention-index';
import { mentionText } from '../page/page-mention';

/** Summarises the mentions of a page, entries in the order they first appear. */
export function summarizeMentions(index: MentionIndex, url: string): PageMentions {
  const entries = new Map<string, EntryMentions & { seen: Set<string> }>();
  for (const mention of index.inPageOrder()) {
    let entry = entries.get(mention.entryId);
    if (!entry) {
      entry = { entryId: mention.entryId, count: 0, texts: [], seen: new Set() };
      entries.set(mention.entryId, entry);
    }
    entry.count += 1;
    const text = mentionText(mention).replace(/\s+/g, ' ');
    if (!entry.seen.has(text)) {
      entry.seen.add(text);
      entry.texts.push(text);
    }
  }
  return {
    url,
    total: index.size,
    entries: [...entries.values()].map(({ entryId, count, texts }) => ({ entryId, count, texts })),
  };
}
