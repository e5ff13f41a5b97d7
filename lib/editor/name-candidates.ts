/**
 * Runs of capitalised words that look like names, with what hints at their kind.
 *
 * The method (both languages; English adds compromise's tags, see english-tags.ts):
 * 1. A word is name-like when it is capitalised and not a function word ("The", "Según"). At a
 *    sentence start a capital proves nothing, so there the word counts only when it also
 *    appears capitalised mid-sentence in the article, when a tagger tags it as a name, or when
 *    the next word is name-like ("Andrés Montalvo señaló…").
 * 2. A run is a sequence of name-like words separated by spaces only (a comma or a full stop
 *    ends it), which may contain a connector between two of them ("Secretaría de Movilidad",
 *    "Bank of England"). Paragraphs that look like headings (short, no final punctuation) give
 *    no runs: their capitals are style.
 * 3. Titles are cut off: "Mayor Inés Carvajal" → "Inés Carvajal", "FIFA President Gianni
 *    Infantino" → "FIFA" and "Gianni Infantino", "Secretary of State Marco Rubio" → "Marco
 *    Rubio"; a title before a name, even in lower case ("la alcaldesa Inés Carvajal"), marks
 *    the name as a person's.
 * 4. Hints at the kind: a title or a verb of saying next to it (person), its words (event:
 *    Summit, Cumbre, Operation…; organization: Council, Secretaría, Partido…; place: Street,
 *    Calle, Ciudad…), a preposition of place before a single word ("en Valdeluz"), all
 *    capitals (an acronym: organization), and the tagger's tags.
 */
import type { EntryKind } from '../dataset/types';
import type { NameToken } from './name-tokens';
import { isAcronym, isCapitalised } from './name-tokens';
import type { NameWords } from './name-words';

/** What a tagger says of one word (by the word's start offset): person, organization, place. */
export type WordTags = ReadonlyMap<number, ReadonlySet<string>>;

/** One occurrence of a name-like run. */
export interface NameCandidate {
  /** The run's words (possessives cut). */
  readonly words: readonly NameToken[];
  /** The run as printed, from its first word's start to its last word's end. */
  readonly text: string;
  /** The kind its words and neighbours suggest; null when nothing does. */
  readonly hint: EntryKind | null;
  /** A title or a verb of saying stands next to it, or a tagger says person. */
  readonly personEvidence: boolean;
}

/** The name-like runs of one paragraph. */
export function nameCandidates(
  paragraph: string,
  tokens: readonly NameToken[],
  words: NameWords,
  capitalisedMidSentence: ReadonlySet<string>,
  tags: WordTags = new Map(),
  notNames: ReadonlySet<string> = new Set(),
): NameCandidate[] {
  if (looksLikeHeading(paragraph, tokens)) return [];
  const isNameLike = (index: number): boolean => {
    const token = tokens[index];
    if (!token || !isCapitalised(token.base) || notNames.has(token.folded)) return false;
    if (isAdjective(tags.get(token.start))) return false;
    // "US" is a name where "Us" is not.
    if (words.functionWords.has(token.folded) && !isAcronym(token.base)) return false;
    if (!token.sentenceStart) return true;
    return capitalisedMidSentence.has(token.folded) || isTaggedName(tags.get(token.start));
  };
  const candidates: NameCandidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index]!;
    const startsRun =
      isNameLike(index) ||
      (first.sentenceStart &&
        isCapitalised(first.base) &&
        !words.functionWords.has(first.folded) &&
        !notNames.has(first.folded) &&
        isNameLike(index + 1) &&
        /^\s+$/.test(tokens[index + 1]!.gap));
    if (!startsRun) {
      index += 1;
      continue;
    }
    let end = index + 1;
    for (;;) {
      const next = tokens[end];
      if (!next || !/^[ \t\u00a0]+$/.test(next.gap)) break;
      if (isNameLike(end)) {
        end += 1;
      } else if (
        words.connectors.has(next.text) &&
        isNameLike(end + 1) &&
        /^\s+$/.test(tokens[end + 1]!.gap)
      ) {
        end += 2;
      } else {
        break;
      }
    }
    for (const part of splitAtTitles(tokens.slice(index, end), words, tags)) {
      const before = tokens[tokens.indexOf(part.words[0]!) - 1];
      const after = tokens[tokens.indexOf(part.words.at(-1)!) + 1];
      candidates.push(candidate(paragraph, part.words, part.titled, before, after, words, tags));
    }
    index = end;
  }
  return candidates;
}

// "Mexican", "Spanish": capitalised adjectives (demonyms) describe, they are not names.
function isAdjective(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && (tags.has('Demonym') || (tags.has('Adjective') && !tags.has('ProperNoun')));
}

function isTaggedName(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && (tags.has('Person') || tags.has('Place') || tags.has('Organization'));
}

/** A heading: at most twelve words and no sentence punctuation at the end. */
export function looksLikeHeading(paragraph: string, tokens: readonly NameToken[]): boolean {
  return tokens.length <= 12 && !/[.!?:;"”»)]\s*$/.test(paragraph);
}

interface RunPart {
  words: NameToken[];
  titled: boolean;
}

// Cuts a run at its titles: what follows a title is a name of its own (a person's).
function splitAtTitles(run: NameToken[], words: NameWords, tags: WordTags): RunPart[] {
  const parts: RunPart[] = [];
  let current: RunPart = { words: [], titled: false };
  let i = 0;
  while (i < run.length) {
    const token = run[i]!;
    const next = run[i + 1];
    const isTitle = words.titles.has(token.folded) || tags.get(token.start)?.has('Honorific');
    if (isTitle && next && !words.connectors.has(next.text)) {
      if (current.words.length) parts.push(current);
      current = { words: [], titled: true };
      i += 1;
      continue;
    }
    // "Secretary of State Marco Rubio": a title, a connector, its complement, then a name of
    // two words or more ("Minister of Foreign Affairs" alone stays whole).
    if (isTitle && next && !words.organizationWords.has(token.folded) && run.length - i >= 5) {
      if (current.words.length) parts.push(current);
      current = { words: [], titled: true };
      i += 3;
      continue;
    }
    current.words.push(token);
    i += 1;
  }
  if (current.words.length) parts.push(current);
  // A run made only of title words ("President") names nobody.
  return parts.filter((part) => part.words.some((word) => !words.titles.has(word.folded)));
}

function candidate(
  paragraph: string,
  runWords: NameToken[],
  titled: boolean,
  before: NameToken | undefined,
  after: NameToken | undefined,
  words: NameWords,
  tags: WordTags,
): NameCandidate {
  const first = runWords[0]!;
  const last = runWords.at(-1)!;
  const folded = runWords.map((word) => word.folded);
  const wordTags = runWords.map((word) => tags.get(word.start) ?? new Set<string>());
  const saidBeside =
    (before !== undefined && words.speechVerbs.has(before.folded)) ||
    (after !== undefined && words.speechVerbs.has(after.folded) && /^\s+$/.test(after.gap));
  const titledBefore =
    before !== undefined && !isCapitalised(before.base) && words.titles.has(before.folded);
  const personEvidence =
    titled || titledBefore || saidBeside || wordTags.some((t) => t.has('Person'));
  let hint: EntryKind | null = null;
  if (words.eventWords.has(folded[0]!) || words.eventWords.has(folded.at(-1)!)) hint = 'event';
  else if (folded.some((word) => words.organizationWords.has(word))) hint = 'organization';
  else if (folded.some((word) => words.placeWords.has(word))) hint = 'place';
  else if (personEvidence) hint = 'person';
  else if (wordTags.some((t) => t.has('Organization'))) hint = 'organization';
  else if (wordTags.some((t) => t.has('Place'))) hint = 'place';
  else if (runWords.length === 1 && isAcronym(first.base)) hint = 'organization';
  else if (runWords.length === 1 && /(?:ans|ists|istas|anos|anas)$/.test(first.folded))
    hint = 'group';
  else if (
    runWords.length === 1 &&
    before !== undefined &&
    !isCapitalised(before.base) &&
    words.placePrepositions.has(before.folded)
  ) {
    hint = 'place';
  }
  return {
    words: runWords,
    text: paragraph.slice(first.start, last.end),
    hint,
    personEvidence,
  };
}
