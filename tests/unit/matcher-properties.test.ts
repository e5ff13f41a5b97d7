// Properties of the matcher over generated dictionaries and texts.

import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { compileMatcher } from '../../lib/matcher';
import type { MatcherTerm, Mention } from '../../lib/matcher';

/** Mentions lie inside the text, in order, never overlapping, each from a term it was given. */
function expectWellFormed(mentions: Mention[], text: string, terms: readonly MatcherTerm[]) {
  let end = 0;
  for (const mention of mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(end);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(terms).toContainEqual(
      expect.objectContaining({ entryId: mention.entryId, alias: mention.alias }),
    );
    end = mention.end;
  }
}

const anyTerm = fc.record({
  entryId: fc.string({ maxLength: 4 }),
  alias: fc.string({ unit: 'binary', maxLength: 12 }),
  caseSensitive: fc.boolean(),
  priority: fc.integer({ min: -3, max: 3 }),
  inflect: fc.constantFrom('en' as const, 'es' as const, 'none' as const),
  stop: fc.boolean(),
});

test.prop([fc.array(anyTerm, { maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 200 })])(
  'any aliases, any text: no exception, and every mention inside the text',
  (terms, text) => {
    const mentions = compileMatcher(terms).find(text);
    expectWellFormed(mentions, text, terms);
  },
);

// Words that neither inflect nor fold into one another, so occurrences can be found by hand.
const WORDS = ['alpha', 'bravo', 'delta', 'kilo', 'lima', 'oscar'];
const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((w) => w.join(' '));

test.prop([
  fc.uniqueArray(phrase, { minLength: 1, maxLength: 6 }),
  fc.array(fc.constantFrom(...WORDS, '12', 'and'), { maxLength: 30 }),
])(
  'longest match: an alias found in the text is passed over only for an overlapping mention at least as long',
  (aliases, words) => {
    const terms: MatcherTerm[] = aliases.map((alias, i) => ({
      entryId: `e${i}`,
      alias,
      inflect: 'none',
    }));
    const text = words.join(' ');
    const mentions = compileMatcher(terms).find(text);
    expectWellFormed(mentions, text, terms);
    // Every occurrence of every alias, found word by word.
    const starts = words.map((_, i) => words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0));
    for (const alias of aliases) {
      const aliasWords = alias.split(' ');
      for (let i = 0; i + aliasWords.length <= words.length; i++) {
        if (aliasWords.some((word, k) => words[i + k] !== word)) continue;
        const start = starts[i]!;
        const end = start + alias.length;
        const cover = mentions.find((m) => m.start < end && start < m.end);
        expect(cover, `"${alias}" at ${start} in "${text}"`).toBeDefined();
        expect(cover!.end - cover!.start).toBeGreaterThanOrEqual(alias.length);
      }
    }
    // And every mention is one of those occurrences.
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.alias);
    }
  },
);
