import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWindow } from '../card/page-window';
import type { Dictionary } from '../dictionary/dictionary';
import type { BackgroundRequest, ContentRequest, PageState, PageStatus } from '../messages';

type PageStatusReport = Extract<BackgroundRequest, { type: 'page-status' }>;
import { isContentRequest } from '../messages';
import { SCAN_COMPLETE_MARK } from '../page/scan-timings';
import { readPageSettings, watchSites } from '../settings/site-lists';
import { watchSettings } from '../settings/settings';
import { siteOfUrl } from '../sites/host';
import type { SiteVerdict } from '../sites/site-rules';
import { siteVerdict } from '../sites/site-rules';
import { supportsHighlights } from '../page/supports-highlights';
import { summarizeMentions } from './page-mentions';
import { PageSession } from './page-session';
import type { SecondStageModule } from './second-stage';
import { ThrottledReporter } from './throttled-reporter';

/** What the content script starts the app with. */
export interface ContentAppOptions {
  ctx: ContentScriptContext;
  window: PageWindow;
  /** Loads the compiled dictionary of every dataset that is on. */
  loadDictionary(): Promise<Dictionary>;
  /** Calls back when the dictionary changed (a dataset imported, removed, turned on or off). */
  watchDictionary(changed: () => void): () => void;
  /** Imports the second stage: drawing and the card. */
  loadSecondStage(): Promise<SecondStageModule>;
}

/**
 * Context Cards in one frame: decides from the settings whether it may run on this site before
 * it scans anything, starts or stops the annotation session whenever the settings say so (in
 * every tab and frame at once, through storage's change events), answers the popup and the
 * background, and reports the page's status for the toolbar badge (top frame only).
 */
export function startContentApp(options: ContentAppOptions): void {
  const { ctx, window } = options;
  const host = siteOfUrl(window.location.href) ?? window.location.hostname;
  const isTopFrame = window === window.top;
  let session: PageSession | null = null;
  let dictionary: Dictionary | null = null;
  let verdict: SiteVerdict = { on: false, reason: 'extension-off', rule: null };
  let mode: PageState['mode'] = 'all';
  let waitingForSize = false;
  // Updates run one after another, so that overlapping changes settle on the latest settings.
  let queue = Promise.resolve();

  const badge = new ThrottledReporter<PageStatusReport>(
    window,
    (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
    500,
    (message) => `${message.status} ${message.count}`,
  );
  const report = () => {
    if (!isTopFrame || ctx.isInvalid) return;
    const status: PageStatus = verdict.on ? 'on' : verdict.reason;
    badge.report({ type: 'page-status', status, count: session?.annotator.display.size ?? 0 });
  };

  const update = (reloadDictionary = false) => {
    queue = queue.then(async () => {
      if (ctx.isInvalid) return;
      const { settings, sites } = await readPageSettings(host);
      verdict = siteVerdict(host, sites);
      mode = sites.mode;
      // A frame of no size shows nothing: it waits, at no cost, until it is given a size.
      if (verdict.on && !session && hasNoSize(window)) {
        if (!waitingForSize) {
          waitingForSize = true;
          const sized = () => {
            waitingForSize = false;
            update();
          };
          window.addEventListener('resize', sized, { once: true, passive: true });
        }
        return;
      }
      if (reloadDictionary || (verdict.on && !dictionary)) {
        dictionary = await options.loadDictionary();
        session?.stop();
        session = null;
      }
      if (ctx.isInvalid) return;
      if (!verdict.on) {
        session?.stop();
        session = null;
      } else if (session) {
        session.applySettings(settings);
      } else {
        const renderer = await fallbackRenderer();
        if (ctx.isInvalid) return;
        session = new PageSession({
          ctx,
          window,
          dictionary: dictionary!,
          settings,
          loadSecondStage: options.loadSecondStage,
          renderer,
          onChange: report,
          onEscapeElsewhere: relayEscape,
        });
      }
      report();
    });
  };

  const pageState = (): PageState => {
    const shown = session?.annotator.display.inPageOrder() ?? [];
    const scanning =
      session !== null && window.performance.getEntriesByName(SCAN_COMPLETE_MARK).length === 0;
    return {
      host,
      status: verdict.on ? 'on' : verdict.reason,
      mode,
      rule: verdict.rule,
      scanning,
      mentions: summarizeMentions(shown, window.location.href),
    };
  };

  const answer = async (request: ContentRequest): Promise<PageState | boolean> => {
    if (request.type === 'get-page-state') return pageState();
    // A card is asked for: the second stage is loaded now if the page had nothing to show.
    const card = session && session.annotator.display.size > 0 ? await session.cardStage() : null;
    if (!card) return false;
    if (request.type === 'show-entry') return card.showEntry(request.entryId);
    if (request.type === 'go-to-mention') return card.goToMention(request.direction);
    return false;
  };
  const onMessage = (message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    // Every frame closes its card on Esc; nothing is answered, so the sender hears the top frame.
    if (message.type === 'dismiss-card') {
      session?.dismissCard();
      return undefined;
    }
    // Only the top frame answers: the popup and the commands act on the page the reader sees.
    if (!isTopFrame) return undefined;
    return queue.then(() => answer(message));
  };
  browser.runtime.onMessage.addListener(onMessage);

  // Where nothing is drawn, no card can hear Esc: it is passed on to the frames that have one.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing || !verdict.on || session?.drawing) return;
    relayEscape();
  };
  window.addEventListener('keydown', onKeyDown, { capture: true, passive: true });

  const stopWatching = [
    watchSettings(() => update()),
    watchSites(() => update()),
    options.watchDictionary(() => update(true)),
  ];
  update();

  ctx.onInvalidated(() => {
    session?.stop();
    session = null;
    badge.cancel();
    for (const stop of stopWatching) stop();
    browser.runtime.onMessage.removeListener(onMessage);
    window.removeEventListener('keydown', onKeyDown, { capture: true });
  });

  // Without the Highlight API the fallback wraps text as it scans: it is needed from the start.
  async function fallbackRenderer() {
    if (supportsHighlights(window)) return undefined;
    return (await options.loadSecondStage()).createRenderer(window);
  }
}

function hasNoSize(window: Window): boolean {
  return window !== window.top && (window.innerWidth === 0 || window.innerHeight === 0);
}

function relayEscape(): void {
  const message: BackgroundRequest = { type: 'escape-pressed' };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
