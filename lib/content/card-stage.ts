import { CardController } from '../card/card-controller';
import { cardMentionsOf } from '../card/annotator-card-mentions';
import type { Catalog } from '../catalog/catalog';
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
