import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWindow } from '../card/page-window';
import type { Dictionary } from '../dictionary/dictionary';
import type { Annotator } from '../page/annotator';
import { startAnnotator } from '../page/annotator';
import { DeferredRenderer } from '../page/deferred-renderer';
import type { EntryGate } from '../page/mention-display';
import type { MentionRenderer } from '../page/mention-renderer';
import { BUNDLED_ID } from '../dataset/bundled-id';
import { decideRelevance } from '../relevance/decide-relevance';
import { storyModel } from '../relevance/story-model';
import type { Settings } from '../settings/values';
import { cardPreferences } from '../card/card-preferences';
import { displayRules, sameRules } from '../page/display-rules';
import type { CardStage, SecondStageModule } from './second-stage';

/** Name of the mark made when a frame has loaded the second stage (drawing and the card). */
export const SECOND_STAGE_MARK = 'context-cards:second-stage';

/** What a session is started with. */
export interface SessionOptions {
  ctx: ContentScriptContext;
  window: PageWindow;
  dictionary: Dictionary;
  settings: Settings;
  /** Imports the second stage (see lib/content/second-stage.ts). */
  loadSecondStage(): Promise<SecondStageModule>;
  /**
   * The renderer to draw with from the start, where the page stage cannot wait (a browser
   * without the Highlight API, whose fallback wraps text while scanning); deferred otherwise.
   */
  renderer?: MentionRenderer;
  /** Called after the mentions shown changed. */
  onChange(session: PageSession): void;
  /** Esc was pressed here with no card open here (it may be open in another frame). */
  onEscapeElsewhere(): void;
}

/**
 * Context Cards running on one page while its site is switched on. The page stage's part:
 * the annotator finds mentions and decides which are shown, drawing through a deferred
 * renderer. The first mention to be shown (or a reader asking for a card) loads the second
 * stage, which draws and runs the card. `stop` leaves the page as it was.
 */
export class PageSession {
  readonly annotator: Annotator;
  private readonly storyGate: EntryGate;
  private readonly deferred: DeferredRenderer | null;
  private settings: Settings;
  private stage: CardStage | null = null;
  private loading: Promise<CardStage | null> | null = null;
  private stopped = false;

  constructor(private readonly options: SessionOptions) {
    const { window, dictionary, settings } = options;
    this.settings = settings;
    // Common entries are shown only on pages about their own story (see lib/relevance).
    const model = storyModel(dictionary, BUNDLED_ID);
    this.storyGate = (mentions, parentOf) => decideRelevance(mentions, model, parentOf);
    // The first mention to be shown loads the second stage; the scan waits for it to draw.
    this.deferred = options.renderer
      ? null
      : new DeferredRenderer(() => this.annotator.hold(this.cardStage()));
    this.annotator = startAnnotator({
      document: window.document,
      matcher: dictionary.matcher,
      kindOf: dictionary.kindOf,
      renderer: options.renderer ?? this.deferred!,
      host: window,
      rules: displayRules(settings, this.storyGate),
      onChange: () => {
        this.stage?.mentionsChanged();
        options.onChange(this);
      },
    });
    if (options.renderer) void this.cardStage();
  }

  /** True once this page loaded the second stage. */
  get drawing(): boolean {
    return this.loading !== null;
  }

  /** The card, loading the second stage first if it is not there yet; null once stopped. */
  cardStage(): Promise<CardStage | null> {
    this.loading ??= this.startSecondStage().catch((error: unknown) => {
      console.warn('Context Cards: the card could not be loaded.', error);
      return null;
    });
    return this.loading;
  }

  /** Applies changed settings without scanning the page again. */
  applySettings(settings: Settings): void {
    this.settings = settings;
    const rules = displayRules(settings, this.storyGate);
    if (!sameRules(rules, this.annotator.display.current)) this.annotator.setRules(rules);
    this.stage?.setPreferences(cardPreferences(settings));
  }

  /** Closes an open card (Esc was pressed in another frame). */
  dismissCard(): void {
    this.stage?.dismiss();
  }

  /** Removes everything this session added to the page. */
  stop(): void {
    this.stopped = true;
    this.stage?.stop();
    this.stage = null;
    this.annotator.stop();
  }

  private async startSecondStage(): Promise<CardStage | null> {
    const { window } = this.options;
    const module = await this.options.loadSecondStage();
    if (this.stopped) return null;
    window.performance.mark(SECOND_STAGE_MARK);
    this.annotator.setShadowCss(module.highlightCss);
    this.deferred?.attach(module.createRenderer(window));
    const stage = await module.startCard({
      ctx: this.options.ctx,
      window,
      annotator: this.annotator,
      preferences: cardPreferences(this.settings),
      onEscapeElsewhere: this.options.onEscapeElsewhere,
    });
    if (this.stopped) {
      stage.stop();
      return null;
    }
    this.stage = stage;
    stage.mentionsChanged();
    return stage;
  }
}
