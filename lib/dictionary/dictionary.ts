import type { Relevance } from '../dataset/types';
import type { Matcher } from '../matcher';
import { decodePlan, matcherOfPlan } from '../matcher';
import { BUNDLED_ID } from '../dataset/bundled-id';
import { DEFAULT_KIND } from '../dataset/default-kind';
import type { DictionaryBody } from './compiled-dictionary';

/**
 * What a page looks up while it reads: the matcher and, per entry, its kind (its highlight
 * style), its relevance and its story. Built from a compiled dictionary in well under a
 * millisecond for the bundled dataset. Pure logic.
 */
export class Dictionary {
  readonly matcher: Matcher;
  private readonly facts = new Map<string, { kind: string; relevance: Relevance; story: string }>();

  constructor(body: DictionaryBody) {
    this.matcher = matcherOfPlan(decodePlan(body.plan));
    for (const [id, kind, relevance, story] of body.entries) {
      this.facts.set(id, { kind, relevance, story });
    }
  }

  /** The kind of an entry; unknown ids are concepts. */
  readonly kindOf = (id: string): string => this.facts.get(id)?.kind ?? DEFAULT_KIND;

  /** Whether naming an entry means a page touches its story; unknown ids are distinctive. */
  readonly relevanceOf = (id: string): Relevance => this.facts.get(id)?.relevance ?? 'distinctive';

  /** The dataset (story) of an entry; unknown ids belong to the bundled one. */
  readonly storyOf = (id: string): string => this.facts.get(id)?.story ?? BUNDLED_ID;
}
