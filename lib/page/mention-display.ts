import type { PlacedMention, StoryReason } from '../relevance/decide-relevance';
import type { MentionIndex } from './mention-index';
import { comparePageOrder } from './mention-index';
import type { MentionRenderer, MentionStyle } from './mention-renderer';
import type { PageMention } from './page-mention';
import { PlacedMentions, entryOfKey, placedKey } from './placed-mentions';

/**
 * Decides, from which entries the page names in which of its parts, which mentions may be shown
 * (see lib/relevance/decide-relevance.ts). `parentOf` gives the part around a part.
 */
export type EntryGate = (
  mentions: readonly PlacedMention[],
  parentOf: (part: number) => number | null,
) => { shows(entryId: string, part: number): boolean; reasons?: readonly StoryReason[] };

/** Which of the mentions found are shown, and how. */
export interface DisplayRules {
  style: MentionStyle;
  /** The kinds of entry shown; null shows every kind. */
  kinds: ReadonlySet<string> | null;
  /** Only the first mention of each entry on the page. */
  firstMentionOnly: boolean;
  /** Which entries the page's mentions allow (the story gate); null allows all. */
  gate: EntryGate | null;
}

/** Every mention found is shown, with the tinted style. */
export const SHOW_ALL: DisplayRules = {
  style: 'background',
  kinds: null,
  firstMentionOnly: false,
  gate: null,
};

/**
 * The mentions the reader sees: of the mentions the scan found (the index), those whose kind is
 * wanted, whose entry the gate allows and, when asked, only each entry's first. Kept up to date
 * from the changes of each slice; an entry's mentions are looked at again only when its
 * standing changes.
 */
export class MentionDisplay {
  private readonly shownMentions = new Set<PageMention>();
  // What the kinds and the gate allow: entry ids, or `entryId part` where the gate decided.
  private allowed = new Set<string>();
  private readonly firsts = new Map<string, PageMention>();
  private readonly placed = new PlacedMentions();
  private storyReasons: readonly StoryReason[] = [];

  constructor(
    private readonly index: MentionIndex,
    private readonly renderer: MentionRenderer,
    private rules: DisplayRules,
  ) {
    renderer.setStyle(rules.style);
  }

  /** The rules in force. */
  get current(): DisplayRules {
    return this.rules;
  }

  /** Why the page counts, or not, as about each story it names (the gate's last answer). */
  get reasons(): readonly StoryReason[] {
    return this.storyReasons;
  }

  /** Number of mentions shown. */
  get size(): number {
    return this.shownMentions.size;
  }

  /** True when `mention` is shown. */
  isShown(mention: PageMention): boolean {
    return this.shownMentions.has(mention);
  }

  /** The shown mentions in page order. */
  inPageOrder(): PageMention[] {
    return this.index.inPageOrder().filter((mention) => this.shownMentions.has(mention));
  }

  /** How many shown mentions each entry has. */
  countsByEntry(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mention of this.shownMentions) {
      counts.set(mention.entryId, (counts.get(mention.entryId) ?? 0) + 1);
    }
    return counts;
  }

  /** Applies new rules: a new style is a rename; anything else looks at every entry again. */
  setRules(rules: DisplayRules): void {
    const old = this.rules;
    this.rules = rules;
    if (rules.style !== old.style) this.renderer.setStyle(rules.style);
    if (
      rules.kinds !== old.kinds ||
      rules.firstMentionOnly !== old.firstMentionOnly ||
      rules.gate !== old.gate
    ) {
      this.firsts.clear();
      this.allowed = this.allowedEntries();
      this.refresh(new Set(this.index.countsByEntry().keys()), []);
    }
  }

  /**
   * Takes in what a slice of the scan changed. The renderer has already released `removed`;
   * `added` are adopted but not yet shown.
   */
  update(added: readonly PageMention[], removed: readonly PageMention[]): void {
    if (added.length === 0 && removed.length === 0) return;
    this.placed.place(removed, -1);
    this.placed.place(added, 1);
    for (const mention of removed) this.shownMentions.delete(mention);
    const allowed = this.allowedEntries();
    const changed = new Set<string>();
    for (const key of allowed) if (!this.allowed.has(key)) changed.add(entryOfKey(key));
    for (const key of this.allowed) if (!allowed.has(key)) changed.add(entryOfKey(key));
    this.allowed = allowed;
    if (this.rules.firstMentionOnly) {
      // An entry whose allowed parts changed may have its first allowed mention elsewhere now.
      for (const id of changed) this.firsts.delete(id);
      for (const mention of removed) {
        if (this.firsts.get(mention.entryId) !== mention) continue;
        this.firsts.delete(mention.entryId);
        changed.add(mention.entryId);
      }
      for (const mention of added) this.offerFirst(mention, changed);
    }
    this.refresh(changed, added);
  }

  /** Shows the near-pointer emphasis of the subtle style on these mentions (shown ones only). */
  setNear(mentions: readonly PageMention[]): void {
    this.renderer.setNear(mentions.filter((mention) => this.shownMentions.has(mention)));
  }

  /** Marks the mention whose card is open. */
  setActive(mention: PageMention | null): void {
    this.renderer.setActive(mention && this.shownMentions.has(mention) ? mention : null);
  }

  /** Forgets everything shown (the renderer is cleared by its owner). */
  clear(): void {
    this.shownMentions.clear();
    this.allowed.clear();
    this.firsts.clear();
    this.placed.clear();
    this.storyReasons = [];
  }

  // Looks again at every mention of the `changed` entries, and at `added` mentions of others.
  private refresh(changed: ReadonlySet<string>, added: readonly PageMention[]): void {
    const show: PageMention[] = [];
    const hide: PageMention[] = [];
    const consider = (mention: PageMention) => {
      const wanted = this.wants(mention);
      if (wanted === this.shownMentions.has(mention)) return;
      (wanted ? show : hide).push(mention);
      if (wanted) this.shownMentions.add(mention);
      else this.shownMentions.delete(mention);
    };
    for (const id of changed) {
      if (this.rules.firstMentionOnly && !this.firsts.has(id)) this.findFirst(id);
      for (const mention of this.index.ofEntry(id)) consider(mention);
    }
    for (const mention of added) if (!changed.has(mention.entryId)) consider(mention);
    if (hide.length > 0) this.renderer.hide(hide);
    if (show.length > 0) this.renderer.show(show);
  }

  private wants(mention: PageMention): boolean {
    if (!this.isAllowed(mention)) return false;
    return !this.rules.firstMentionOnly || this.firsts.get(mention.entryId) === mention;
  }

  // Whether the kinds and the gate allow the mention (its entry, in its part).
  private isAllowed(mention: PageMention): boolean {
    const { entryId } = mention;
    return this.allowed.has(
      this.rules.gate ? placedKey(entryId, this.placed.partOf(mention)) : entryId,
    );
  }

  // What the kinds and the gate allow of the entries present on the page: entry ids without a
  // gate; with one, `entryId part` for each part where a mention of the entry may be shown.
  private allowedEntries(): Set<string> {
    const ids = [...this.index.countsByEntry().keys()];
    const { kinds, gate } = this.rules;
    const wanted = ids.filter((id) => {
      const kind = this.index.ofEntry(id).values().next().value?.kind;
      return !kinds || (kind !== undefined && kinds.has(kind));
    });
    if (!gate) return new Set(wanted);
    // The gate reads every mention, shown kinds or not: what the page is about does not change
    // with what the reader chose to see.
    const decision = gate(this.placed.list(), this.placed.parentOf);
    this.storyReasons = decision.reasons ?? [];
    const kept = new Set(wanted);
    const allowed = new Set<string>();
    for (const [key, { entryId, part }] of this.placed.entries()) {
      if (kept.has(entryId) && decision.shows(entryId, part)) allowed.add(key);
    }
    return allowed;
  }

  // An added mention becomes its entry's first when it comes before the one known.
  private offerFirst(mention: PageMention, changed: Set<string>): void {
    // The first mention shown is the first the gate allows: a feed's item about the story shows
    // an entry that an item before it names too.
    if (!this.isAllowed(mention)) return;
    const first = this.firsts.get(mention.entryId);
    if (first && this.index.ofEntry(mention.entryId).has(first)) {
      if (comparePageOrder(mention, first) >= 0) return;
      this.firsts.set(mention.entryId, mention);
    } else {
      this.firsts.delete(mention.entryId);
    }
    changed.add(mention.entryId);
  }

  private findFirst(entryId: string): void {
    let first: PageMention | undefined;
    for (const mention of this.index.ofEntry(entryId)) {
      if (!this.isAllowed(mention)) continue;
      if (!first || comparePageOrder(mention, first) < 0) first = mention;
    }
    if (first) this.firsts.set(entryId, first);
    else this.firsts.delete(entryId);
  }
}
