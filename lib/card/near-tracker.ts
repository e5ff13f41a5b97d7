import type { CardMentions } from './card-mentions';
import { nearMentions } from './near-mentions';

/**
 * The subtle style's emphasis follows the block of text under the pointer: its mentions are
 * drawn as "near". Changes only when the pointer moves to another block.
 */
export class NearTracker {
  private block: Element | null = null;

  constructor(private readonly mentions: CardMentions) {}

  /** The pointer is over `element` (null: nowhere, or the emphasis is turned off). */
  update(element: Element | null): void {
    const block = element ? nearMentions.blockOf(element) : null;
    if (block === this.block) return;
    this.block = block;
    this.mentions.setNear(block ? this.mentions.within(block) : []);
  }
}
