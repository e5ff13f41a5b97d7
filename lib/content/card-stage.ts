import { CardController } from '../card/card-controller';
import type { Catalog } from '../catalog/catalog';
import { CardHost } from './card-host';
import type { CardStage, CardStageOptions } from './second-stage';

/**
 * Starts the card of a page (the second stage's part): the entries of every dataset, the card's
 * UI host (made only when a card first opens) and the controller that opens it on hover,
 * keyboard and tap.
 */
export async function startCardStage(
  options: CardStageOptions,
  loadCatalog: () => Promise<Catalog>,
  cardCss: string,
): Promise<CardStage> {
  const catalog = await loadCatalog();
  const host = new CardHost(options.ctx, cardCss);
  const card = new CardController(
    options.window,
    options.annotator,
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
