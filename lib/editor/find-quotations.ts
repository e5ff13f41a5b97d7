/**
 * The quoted passages of an article ("…", “…”, «…»), each with the nearest named speaker, so
 * the editor can offer them as quotations. A speaker is found beside a verb of saying, in the
 * same paragraph: after the quotation ("…,” Okafor said / said Okafor / dijo Quiroga), else
 * before it (Carvajal said: "…" / according to Raman, "…" / según Quiroga, «…»). A pronoun
 * ("she said") gives no name: the author picks the speaker.
 */
import { PARAGRAPH_SEPARATOR } from './article-text';
import type { ArticleText, TextSpan } from './editor-types';
import { isCapitalised, nameTokens } from './name-tokens';
import { ENGLISH_WORDS, SPANISH_WORDS } from './name-words';

/** One quoted passage. */
export interface Quotation {
  /** The words inside the quotation marks. */
  readonly text: string;
  /** Where those words are in `paragraphs.join('\n\n')`. */
  readonly span: TextSpan;
  /** The name of who said it, as printed nearby, when one is. */
  readonly speakerHint?: string;
}

const QUOTED = /“([^”\n]{2,}?)”|«([^»\n]{2,}?)»|"([^"\n]{2,}?)"/g;
// Verbs of saying in both languages, folded (and "according to", "según").
const SAYING = new Set([...ENGLISH_WORDS.speechVerbs, ...SPANISH_WORDS.speechVerbs]);
// Quoted passages shorter than this are scare quotes or titles ("enemy combatants").
const MIN_WORDS = 4;

/** The quoted passages of `article`, in order. */
export function findQuotations(article: ArticleText): Quotation[] {
  const quotations: Quotation[] = [];
  let offset = 0;
  for (const paragraph of article.paragraphs) {
    for (const match of paragraph.matchAll(QUOTED)) {
      const text = match[1] ?? match[2] ?? match[3] ?? '';
      if (text.trim().split(/\s+/).length < MIN_WORDS) continue;
      const start = match.index + 1;
      const end = start + text.length;
      const previous = quotations.at(-1);
      // "“…,” Sheinbaum said. “But…”": a quotation that goes on after its speaker is theirs.
      const continued =
        previous && previous.span.end > offset && start - (previous.span.end - offset) < 40
          ? previous.speakerHint
          : undefined;
      // After a quotation that ends its sentence ("…today." According to…) a new one begins,
      // unless it goes on in lower case ("Go home!" he said).
      const following = paragraph.slice(end + 1, end + 80);
      const goesOn = !/[.!?]$/.test(text) || /^\s*\p{Ll}/u.test(following);
      const speakerHint =
        (goesOn ? speakerIn(following, 'after') : undefined) ??
        speakerIn(paragraph.slice(Math.max(0, start - 81), start - 1), 'before') ??
        continued;
      quotations.push({
        text,
        span: { start: offset + start, end: offset + end },
        ...(speakerHint ? { speakerHint } : {}),
      });
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return quotations;
}

// The capitalised name beside a verb of saying, in the sentence that follows (`after`) or
// precedes (`before`) a quotation, not reaching into another quotation.
function speakerIn(stretch: string, side: 'after' | 'before'): string | undefined {
  const clause =
    side === 'after'
      ? stretch.split(/[“”«»"]|[.!?](?:\s|$)/)[0]!
      : stretch.split(/[“”«»"]|[.!?]\s/).at(-1)!;
  const tokens = nameTokens(clause);
  for (let i = 0; i < tokens.length; i += 1) {
    if (!SAYING.has(tokens[i]!.folded)) continue;
    // "according to X": the name follows "to".
    const skip = tokens[i]!.folded === 'according' && tokens[i + 1]?.folded === 'to' ? 2 : 1;
    const before = nameAt(clause, tokens, i - 1, -1);
    const after = nameAt(clause, tokens, i + skip, 1);
    // "…,” Okafor said" and "…,” said Okafor"; before a quotation, "Raman said: “…”".
    return side === 'after' && i > 0 ? (before ?? after) : (after ?? before);
  }
  return undefined;
}

// The run of capitalised words starting at `index` and going in `step` direction.
function nameAt(
  clause: string,
  tokens: ReturnType<typeof nameTokens>,
  index: number,
  step: 1 | -1,
): string | undefined {
  const words = [];
  for (let i = index; tokens[i] && isName(tokens[i]!.folded, tokens[i]!.base); i += step) {
    if (words.length && !/^\s+$/.test(step === 1 ? tokens[i]!.gap : tokens[i - step]!.gap)) break;
    words.push(tokens[i]!);
  }
  if (!words.length) return undefined;
  if (step === -1) words.reverse();
  return clause.slice(words[0]!.start, words.at(-1)!.end);
}

// A capitalised word that is not a pronoun or another function word ("He said", "Ella dijo").
function isName(folded: string, word: string): boolean {
  return (
    isCapitalised(word) &&
    !ENGLISH_WORDS.functionWords.has(folded) &&
    !SPANISH_WORDS.functionWords.has(folded)
  );
}
