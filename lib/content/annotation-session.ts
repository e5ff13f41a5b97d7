import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from '../card/card-controller';
import type { PageWindow } from '../card/page-window';
import type { Catalog } from '../catalog/catalog';
import { BUNDLED_ID } from '../catalog/catalog';
import { compileMatcher } from '../matcher';
import type { Annotator } from '../page/annotator';
import { startAnnotator } from '../page/annotator';
import type { EntryGate } from '../page/mention-display';
import type { Settings } from '../settings/values';
import { CardHost } from './card-host';
import { decideRelevance } from '../relevance/decide-relevance';
import { storyModel } from '../relevance/story-model';
import { cardPreferences, displayRules, sameRules } from './display-rules';
import { chooseRenderer } from './choose-renderer';

/** What a session is started with. */
export interface SessionOptions {
  ctx: ContentScriptContext;
  window: PageWindow;
  catalog: Catalog;
  settings: Settings;
  /** Highlight styles for the page's open shadow roots. */
  highlightCss: string;
  /** Styles of the card's shadow root. */
  cardCss: string;
  /** Called after the mentions shown changed. */
  onChange(session: AnnotationSession): void;
  /** Esc was pressed here with no card open here (it may be open in another frame). */
  onEscapeElsewhere(): void;
}

/**
 * Context Cards running on one page: the annotator with the reader's display rules, and the
 * card with its host. Exists only while the site is switched on; `stop` leaves the page as it
 * was (no highlight, no listener, no timer, no UI host).
 */
export class AnnotationSession {
  readonly annotator: Annotator;
  readonly card: CardController;
  private readonly host: CardHost;
  private readonly storyGate: EntryGate;

  constructor(options: SessionOptions) {
    const { window, catalog, settings } = options;
    // Common entries are shown only on pages about their own story (see lib/relevance).
    const model = storyModel(catalog, BUNDLED_ID);
    this.storyGate = (mentions, parentOf) => decideRelevance(mentions, model, parentOf);
    this.host = new CardHost(options.ctx, options.cardCss);
    this.annotator = startAnnotator({
      document: window.document,
      matcher: compileMatcher(catalog.matcherTerms()),
      kindOf: catalog.kindOf,
      renderer: chooseRenderer(window),
      host: window,
      rules: displayRules(settings, this.storyGate),
      shadowCss: options.highlightCss,
      onChange: () => {
        this.card.mentionsChanged();
        options.onChange(this);
      },
    });
    this.card = new CardController(
      window,
      this.annotator,
      catalog,
      this.host,
      cardPreferences(settings),
      options.onEscapeElsewhere,
    );
  }

  /** Applies changed settings without scanning the page again. */
  applySettings(settings: Settings): void {
    const rules = displayRules(settings, this.storyGate);
    if (!sameRules(rules, this.annotator.display.current)) this.annotator.setRules(rules);
    this.card.setPreferences(cardPreferences(settings));
  }

  /** Removes everything this session added to the page. */
  stop(): void {
    this.card.stop();
    this.host.remove();
    this.annotator.stop();
  }
}
