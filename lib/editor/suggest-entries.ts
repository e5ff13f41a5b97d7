/**
 * Suggested entries for an article: the names it mentions, grouped, with a guessed kind, most
 * mentioned first. English words are tagged by compromise (english-tags.ts); Spanish, which
 * compromise does not read, by the method of name-candidates.ts alone. The author accepts,
 * merges, renames, re-kinds or dismisses them (suggestion-ops.ts): these are guesses.
 */
import { articleBody, PARAGRAPH_SEPARATOR } from './article-text';
import type { ArticleText, Suggestion } from './editor-types';
import { englishTags } from './english-tags';
import { groupNames } from './group-names';
import { findMentions } from './mention-counter';
import type { WordTags } from './name-candidates';
import { looksLikeHeading, nameCandidates } from './name-candidates';
import type { NameToken } from './name-tokens';
import { foldText, isCapitalised, nameTokens } from './name-tokens';
import { ENGLISH_WORDS, SPANISH_WORDS } from './name-words';
import { kebabId } from './suggestion-ops';

/** The suggestions for `article`, most mentioned first. */
export function suggestEntries(article: ArticleText): Suggestion[] {
  const spanish = articleLanguage(article) === 'es';
  const words = spanish ? SPANISH_WORDS : ENGLISH_WORDS;
  const tokens = article.paragraphs.map(nameTokens);
  const prose = tokens.filter(
    (paragraphTokens, i) => !looksLikeHeading(article.paragraphs[i]!, paragraphTokens),
  );
  const midSentence = capitalisedMidSentence(prose.flat());
  const tags = article.paragraphs.map((paragraph): WordTags =>
    spanish ? new Map() : englishTags(paragraph),
  );
  const demonyms = taggedDemonyms(tokens, tags);
  const candidates = article.paragraphs.flatMap((paragraph, i) =>
    nameCandidates(paragraph, tokens[i]!, words, midSentence, tags[i], demonyms),
  );
  const groups = groupNames(candidates, spanish);
  const counts = new Map<string, number>();
  for (const mention of findMentions(nameTokens(articleBody(article)), groups)) {
    counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
  }
  const ids = new Set<string>();
  return groups
    .map((group) => ({ group, mentions: counts.get(group.key) ?? 0 }))
    .filter(({ group, mentions }) => mentions > 0 && (group.kind !== 'concept' || mentions > 1))
    .sort((a, b) => b.mentions - a.mentions || a.group.forms[0]!.localeCompare(b.group.forms[0]!))
    .map(({ group, mentions }) => ({
      id: kebabId(group.forms[0]!, ids),
      name: group.forms[0]!,
      kind: group.kind,
      forms: group.forms,
      mentions,
    }));
}

const SPANISH_MARKERS = new Set([
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'que',
  'y',
  'en',
  'por',
  'para',
  'una',
  'con',
  'se',
]);
const ENGLISH_MARKERS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'that',
  'for',
  'with',
  'on',
  'was',
  'by',
  'he',
  'she',
]);

/** `en` or `es`: the article's declared language, else the one its common words point to. */
export function articleLanguage(article: ArticleText): 'en' | 'es' {
  if (article.lang.startsWith('es')) return 'es';
  if (article.lang.startsWith('en')) return 'en';
  let score = 0;
  for (const token of nameTokens(article.paragraphs.join(PARAGRAPH_SEPARATOR).slice(0, 20_000))) {
    if (SPANISH_MARKERS.has(token.folded)) score += 1;
    else if (ENGLISH_MARKERS.has(token.folded)) score -= 1;
  }
  return score > 0 ? 'es' : 'en';
}

// Words printed with a capital in mid-sentence somewhere: at a sentence start they are names.
function capitalisedMidSentence(tokens: readonly NameToken[]): Set<string> {
  const folded = new Set<string>();
  for (const token of tokens) {
    if (!token.sentenceStart && isCapitalised(token.base)) folded.add(foldText(token.base));
  }
  return folded;
}

// Words the tagger calls demonyms anywhere ("Mexican President…"): never names, even where it
// tags the same word as a place ("Mexican territory").
function taggedDemonyms(tokens: readonly NameToken[][], tags: readonly WordTags[]): Set<string> {
  const demonyms = new Set<string>();
  tokens.forEach((paragraphTokens, i) => {
    for (const token of paragraphTokens) {
      if (tags[i]!.get(token.start)?.has('Demonym')) demonyms.add(token.folded);
    }
  });
  return demonyms;
}
