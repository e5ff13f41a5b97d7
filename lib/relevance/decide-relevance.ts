// The relevance decision: which parts of a page are about a story, read the way a reader reads
// them. Pure: the page engine says which entries it found in which part of the page (an
// `<article>` of a feed or a live blog, or the page itself), and asks again when that changes.

/** The page itself: the part of every mention that stands in no smaller part. */
export const PAGE_PART = 0;

/** One mention as the decision reads it: the entry it names and the part it stands in. */
export interface PlacedMention {
  readonly entryId: string;
  readonly part: number;
}

/** What the decision knows about the stories and their entries. */
export interface RelevanceModel {
  /** Score a part needs to be about a story. */
  readonly threshold: number;
  /** How much naming the entry says that a part is about its story (0 for unknown entries). */
  weightOf(entryId: string): number;
  /** The story (dataset) of an entry: each story is decided on its own. */
  storyOf(entryId: string): string;
  /**
   * True for an entry that names its story by itself (the story's own people, events and legal
   * labels): its mentions are shown wherever they are, whatever the part's score.
   */
  showsAlone(entryId: string): boolean;
}

/** Why a story counts, or not, on the page: what the page names of it, strongest first. */
export interface StoryReason {
  readonly story: string;
  /** The distinct entries the page names, by weight, strongest first. */
  readonly entries: readonly { readonly entryId: string; readonly weight: number }[];
  /** Their weights added up, and the score a part needs. */
  readonly score: number;
  readonly threshold: number;
  /** How many parts with mentions are lit, of how many. */
  readonly litParts: number;
  readonly parts: number;
}

/** The answer for one set of mentions. */
export interface RelevanceDecision {
  /** True when a mention of `entryId` standing in `part` may be shown. */
  shows(entryId: string, part: number): boolean;
  /** True when some part of the page is about some story. */
  readonly anyShown: boolean;
  /** One reason per story the page names. */
  readonly reasons: readonly StoryReason[];
}

/**
 * Decides which mentions may be shown. An entry that names its story by itself is shown wherever
 * it is named (`model.showsAlone`); the others where the part they stand in is about the story.
 * A part is about a story when the distinct entries of the story it names weigh at least
 * `model.threshold` together (repeats add nothing). A part's mentions are shown when it is about
 * the story, or when every part it holds that names the story is about it (the headline above a
 * page's one article). A part that is not about the story stays dark even inside one that is, so
 * a feed lights only its items about the story, and its menus stay dark; what a dark part names
 * still counts for the part around it, so a story told across several small parts is read as a
 * whole.
 * `parentOf` gives the part a part stands in (null or {@link PAGE_PART} for the page).
 */
export function decideRelevance(
  mentions: readonly PlacedMention[],
  model: RelevanceModel,
  parentOf: (part: number) => number | null = () => null,
): RelevanceDecision {
  const byStory = new Map<string, PlacedMention[]>();
  for (const mention of mentions) {
    const story = model.storyOf(mention.entryId);
    const list = byStory.get(story) ?? [];
    byStory.set(story, list);
    list.push(mention);
  }
  const lit = new Map<string, Set<number>>();
  const reasons: StoryReason[] = [];
  for (const [story, list] of byStory) {
    const verdict = decideStory(list, model, parentOf);
    lit.set(story, verdict.shown);
    reasons.push({ story, ...verdict.reason });
  }
  return {
    shows: (entryId, part) =>
      model.showsAlone(entryId) || (lit.get(model.storyOf(entryId))?.has(part) ?? false),
    anyShown:
      [...lit.values()].some((parts) => parts.size > 0) ||
      mentions.some((mention) => model.showsAlone(mention.entryId)),
    reasons,
  };
}

// One story's mentions: the parts whose mentions are shown, and the reason.
function decideStory(
  mentions: readonly PlacedMention[],
  model: RelevanceModel,
  parentOf: (part: number) => number | null,
): { shown: Set<number>; reason: Omit<StoryReason, 'story'> } {
  const parent = (part: number) => (part === PAGE_PART ? null : (parentOf(part) ?? PAGE_PART));
  const own = new Map<number, Set<string>>();
  for (const { entryId, part } of mentions) {
    // The part and every part around it take part in the decision, named or not.
    for (let p: number | null = part; p !== null && !own.has(p); p = parent(p)) {
      own.set(p, new Set());
    }
    own.get(part)!.add(entryId);
  }
  // Deepest parts first, so that each part knows its children's verdicts.
  const depth = new Map<number, number>();
  for (const part of own.keys()) {
    let d = 0;
    for (let p = parent(part); p !== null; p = parent(p)) d += 1;
    depth.set(part, d);
  }
  const order = [...own.keys()].sort((a, b) => depth.get(b)! - depth.get(a)!);
  const residual = new Map<number, Set<string>>(
    order.map((part) => [part, new Set(own.get(part))]),
  );
  const lit = new Set<number>();
  const shown = new Set<number>();
  // How many of each part's parts are shown, and how many are dark.
  const below = new Map<number, { shown: number; dark: number }>();
  for (const part of order) {
    const named = residual.get(part)!;
    if (score(named, model) >= model.threshold) lit.add(part);
    // A part whose parts are all about the story frames them: the page's headline above its one
    // article, a live blog's title. One dark part among them (a feed) keeps the frame dark.
    const inner = below.get(part);
    if (lit.has(part) || (inner && inner.shown > 0 && inner.dark === 0)) shown.add(part);
    const up = parent(part);
    if (up === null) continue;
    const counts = below.get(up) ?? { shown: 0, dark: 0 };
    below.set(up, counts);
    if (shown.has(part)) counts.shown += 1;
    else counts.dark += 1;
    // A lit part's entries do not count again in the part around it; a dark part's do.
    if (!lit.has(part)) for (const id of named) residual.get(up)!.add(id);
  }
  const all = new Set(mentions.map((m) => m.entryId));
  const entries = [...all]
    .map((entryId) => ({ entryId, weight: model.weightOf(entryId) }))
    // Ties in id order: ids are plain ASCII, and `localeCompare` would load the collator (tens
    // of milliseconds on a page's first call).
    .sort((a, b) => b.weight - a.weight || (a.entryId < b.entryId ? -1 : 1));
  const withMentions = new Set(mentions.map((m) => m.part));
  return {
    shown,
    reason: {
      entries,
      score: score(all, model),
      threshold: model.threshold,
      litParts: [...withMentions].filter((part) => lit.has(part)).length,
      parts: withMentions.size,
    },
  };
}

// The weight of distinct entries, added up.
function score(entryIds: ReadonlySet<string>, model: RelevanceModel): number {
  let total = 0;
  for (const id of entryIds) total += Math.max(0, model.weightOf(id));
  return total;
}
