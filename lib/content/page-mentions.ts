import type { EntryMentions, PageMentions } from '../messages';
import type { PageMention } from '../page/page-mention';
import { mentionText } from '../page/page-mention';

/** Summarises the shown mentions of a page (in page order): entries in the order they appear. */
export function summarizeMentions(mentions: readonly PageMention[], url: string): PageMentions {
  const entries = new Map<string, EntryMentions & { seen: Set<string> }>();
  for (const mention of mentions) {
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
    total: mentions.length,
    entries: [...entries.values()].map(({ entryId, count, texts }) => ({ entryId, count, texts })),
  };
}
