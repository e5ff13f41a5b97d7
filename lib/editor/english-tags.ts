import nlp from 'compromise/two';
import type { WordTags } from './name-candidates';

// compromise's "two" build (tokenizer and tagger, ~120 KB gzipped) tags people, places and
// organizations; "three" adds .people()/.topics() over the same tags for ~25 KB more, which the
// name finder does not need: it reads the tags of each word and makes its own runs.

/** compromise's tags of each word of an English paragraph, by the word's start offset. */
export function englishTags(paragraph: string): WordTags {
  const tags = new Map<number, ReadonlySet<string>>();
  const sentences = nlp(paragraph).json({ offset: true }) as {
    terms: { offset: { start: number }; tags: string[] }[];
  }[];
  for (const sentence of sentences) {
    for (const term of sentence.terms) tags.set(term.offset.start, new Set(term.tags));
  }
  return tags;
}
