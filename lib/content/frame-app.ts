import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWindow } from '../card/page-window';
import type { Dictionary } from '../dictionary/dictionary';
import type { PageSnapshot, PageState, PageStatus } from '../messages';
import { pageSnapshot } from '../page/page-snapshot';
import { supportsHighlights } from '../page/supports-highlights';
import type { RequestTarget } from './content-requests';
import { hasNoSize, whenSized } from './frame-size';
import { PageSession } from './page-session';
import { pageState, pageStatus } from './page-state';
import type { CardStage, SecondStageModule } from './second-stage';
import type { SiteGate } from './site-gate';
import { CLOSED_GATE, readSiteGate } from './site-gate';

/** How long a request for the page's state waits for the page's first full pass, in ms. */
const PAGE_STATE_WAIT_MS = 2000;

/** What a frame's app is started with. */
export interface FrameAppOptions {
  ctx: ContentScriptContext;
  window: PageWindow;
  /** The page's canonical host (see lib/sites/host.ts). */
  host: string;
  loadDictionary(): Promise<Dictionary>;
  loadSecondStage(): Promise<SecondStageModule>;
  /** The page's status or shown mentions changed. */
  onChange(): void;
  /** Esc was pressed here with no card open here (it may be open in another frame). */
  onEscapeElsewhere(): void;
}

/**
 * Context Cards in one frame, as state: the site gate's last answer, the dictionary and the
 * page session, which runs exactly while the gate is open. `update` reads the gate again
 * (settings changed) and starts, adjusts or stops the session; updates run one after another,
 * so that overlapping changes settle on the latest settings.
 */
export class FrameApp implements RequestTarget {
  private gate: Omit<SiteGate, 'settings'> = CLOSED_GATE;
  private dictionary: Dictionary | null = null;
  private session: PageSession | null = null;
  private waitingForSize = false;
  private queue = Promise.resolve();

  constructor(private readonly options: FrameAppOptions) {}

  /** Reads the settings again; `reloadDictionary` when the datasets changed. */
  update(reloadDictionary = false): void {
    this.queue = this.queue
      .then(() => this.apply(reloadDictionary))
      .catch((error: unknown) => {
        // The next change of settings tries again; the page is never left with an error.
        console.warn('Context Cards: the settings could not be applied.', error);
      });
  }

  /** The page's status for the toolbar badge. */
  get status(): PageStatus {
    return pageStatus(this.gate.verdict);
  }

  /** Mentions shown on the page. */
  get shownCount(): number {
    return this.session?.annotator.display.size ?? 0;
  }

  /** True where Context Cards runs but draws nothing, so no card here can hear Esc. */
  get runsWithoutCard(): boolean {
    return this.gate.verdict.on && !this.session?.drawing;
  }

  async pageState(): Promise<PageState> {
    await this.queue;
    // The popup may be what loaded the page stage: answer once the page has been read (a page
    // too large to read in time is answered as still being read).
    const annotator = this.session?.annotator;
    if (annotator && !annotator.passed) {
      await Promise.race([
        annotator.firstPass,
        new Promise((resolve) => this.options.window.setTimeout(resolve, PAGE_STATE_WAIT_MS)),
      ]);
    }
    return pageState(this.options.window, this.options.host, this.gate, this.session);
  }

  async card(): Promise<CardStage | null> {
    await this.queue;
    // A card is asked for: the second stage is loaded now if the page had nothing to show.
    const session = this.session;
    return session && session.annotator.display.size > 0 ? session.cardStage() : null;
  }

  dismissCard(): void {
    this.session?.dismissCard();
  }

  pageSnapshot(): PageSnapshot {
    return pageSnapshot(this.options.window.document);
  }

  /** Removes everything of ours from the page. */
  stop(): void {
    this.session?.stop();
    this.session = null;
  }

  private async apply(reloadDictionary: boolean): Promise<void> {
    const { ctx, window } = this.options;
    if (ctx.isInvalid) return;
    const { settings, ...gate } = await readSiteGate(this.options.host);
    this.gate = gate;
    if (gate.verdict.on && !this.session && hasNoSize(window)) return this.waitForSize();
    if (reloadDictionary || (gate.verdict.on && !this.dictionary)) {
      this.dictionary = await this.options.loadDictionary();
      this.stop();
    }
    if (ctx.isInvalid) return;
    if (!gate.verdict.on) {
      this.stop();
    } else if (this.session) {
      this.session.applySettings(settings);
    } else {
      const renderer = await this.fallbackRenderer();
      if (ctx.isInvalid) return;
      this.session = new PageSession({
        ctx,
        window,
        dictionary: this.dictionary!,
        settings,
        loadSecondStage: this.options.loadSecondStage,
        renderer,
        onChange: () => this.options.onChange(),
        onEscapeElsewhere: this.options.onEscapeElsewhere,
      });
    }
    this.options.onChange();
  }

  // A frame of no size shows nothing: it waits, at no cost, until it is given a size.
  private waitForSize(): void {
    if (this.waitingForSize) return;
    this.waitingForSize = true;
    whenSized(this.options.window, () => {
      this.waitingForSize = false;
      this.update();
    });
  }

  // Without the Highlight API the fallback wraps text as it scans: it is needed from the start.
  private async fallbackRenderer() {
    const { window } = this.options;
    if (supportsHighlights(window)) return undefined;
    return (await this.options.loadSecondStage()).createRenderer(window);
  }
}
