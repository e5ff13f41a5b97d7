// What the weights are learnt from: each page, or part of a page, as the set of distinct entries
// it names, sorted into documents about the story and documents about other things.

import type { MatchedPage, PageSets } from './story-pages';
import { storyText } from './story-pages';

/** Documents about the story and about other things. */
export interface TrainingDocuments {
  about: Set<string>[];
  other: Set<string>[];
}

/**
 * A story page is a document about the story, but for its parts with no marked term (the other
 * items of a feed, the other posts of a live blog): each of those is a document about something
 * else. Pages not about the story, ours and the corpus's, are one document each.
 */
export function trainingDocuments(sets: PageSets): TrainingDocuments {
  const about: Set<string>[] = [];
  const other: Set<string>[] = [];
  for (const story of sets.stories) {
    const { inStory, elsewhere } = splitByMarks(story);
    about.push(inStory);
    other.push(...elsewhere);
  }
  for (const { found } of [...sets.offStory, ...sets.corpus]) {
    other.push(new Set(found.map((mention) => mention.entryId)));
  }
  return { about, other: other.filter((doc) => doc.size > 0) };
}

// The entries named in the story's text of a story page, and the entries of each of its
// other parts.
function splitByMarks({ page, found }: MatchedPage): {
  inStory: Set<string>;
  elsewhere: Set<string>[];
} {
  const isStory = storyText(page, found);
  const inStory = new Set<string>();
  const elsewhere = new Map<number, Set<string>>();
  for (const { entryId, start } of found) {
    if (isStory(start)) {
      inStory.add(entryId);
      continue;
    }
    const part = page.partAt(start);
    const doc = elsewhere.get(part) ?? new Set<string>();
    elsewhere.set(part, doc.add(entryId));
  }
  return { inStory, elsewhere: [...elsewhere.values()] };
}
