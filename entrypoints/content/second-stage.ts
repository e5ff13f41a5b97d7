// The content script's second stage, built as an ES module of its own (modules/content-stages.ts)
// and imported by the page stage only when a page has something to show or a reader asks for
// a card. Wiring only.
import highlightCss from '../../assets/highlights.css?inline';
import entryCardCss from '../../components/entry-card.css?inline';
import contextCardCss from '../../components/context-card.css?inline';
import { loadCatalog } from '../../lib/catalog/load-catalog';
import { startCardStage } from '../../lib/content/card-stage';
import { chooseRenderer } from '../../lib/content/choose-renderer';
import type { SecondStageModule } from '../../lib/content/second-stage';
import { CardHost } from './card-host';

const secondStage: SecondStageModule = {
  createRenderer: chooseRenderer,
  highlightCss,
  startCard: (options) =>
    startCardStage(
      options,
      loadCatalog,
      () => new CardHost(options.ctx, `${entryCardCss}\n${contextCardCss}`),
    ),
};

export default secondStage;
