import { CardController } from '../card/card-controller';
import type { CardMentions } from '../card/card-mentions';
import { nearMentions } from '../card/near-mentions';
import type { Catalog } from '../catalog/catalog';
import type { Annotator } from '../page/annotator';
import type { CardView } from '../card/card-model';
import type { CardStage, CardStageOptions } from './second-stage';

/** Where the card is drawn in the page, and how that place is taken away again. */
export interface CardHostView extends CardView {
  remove(): void;
}

/**
 * Starts the card of a page (the second stage's part): the entries of every dataset, the card's
 * UI host (made only when a card first opens) and the controller that opens it on hover,
 * keyboard and tap.
 */
export async function startCardStage(
  options: CardStageOptions,
  loadCatalog: () => Promise<Catalog>,
  createHost: () => CardHostView,
): Promise<CardStage> {
  const catalog = await loadCatalog();
  const host = createHost();
  const card = new CardController(
    options.window,
    cardMentionsOf(options.annotator),
    catalog,
    host,
    options.preferences,
    options.onEscapeElsewhere,
  );
  return {
    mentionsChanged: () => card.mentionsChanged(),
    setPreferences: (preferences) => card.setPreferences(preferences),
    showEntry: (entryId) => card.showEntry(entryId),
    goToMention: (direction) => card.goToMention(direction),
    dismiss: () => card.dismiss(),
    stop: () => {
      card.stop();
      host.remove();
    },
  };
}

/** What the card needs of an annotator's mentions. */
function cardMentionsOf({ display, index, mentionAt }: Annotator): CardMentions {
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
