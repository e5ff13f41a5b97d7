import type { Annotator } from '../page/annotator';
import type { CardMentions } from './card-mentions';
import { nearMentions } from './near-mentions';

/** What the card needs of an annotator's mentions (a page's, or the editor preview's). */
export function cardMentionsOf({ display, index, mentionAt }: Annotator): CardMentions {
  return {
    inPageOrder: () => display.inPageOrder(),
    isShown: (mention) => display.isShown(mention),
    mentionAt,
    holdsMentionText: (element) => index.holdsMentionText(element),
    within: (block) => nearMentions.within(block, index),
    setActive: (mention) => display.setActive(mention),
    setNear: (mentions) => display.setNear(mentions),
  };
}
