import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWindow } from '../card/page-window';
import type { Catalog } from '../catalog/catalog';
import type { BackgroundRequest, ContentRequest, PageState, PageStatus } from '../messages';

type PageStatusReport = Extract<BackgroundRequest, { type: 'page-status' }>;
import { isContentRequest } from '../messages';
import { SCAN_COMPLETE_MARK } from '../page/scan-timings';
import { readPageSettings, watchSites } from '../settings/site-lists';
import { watchSettings } from '../settings/settings';
import { siteOfUrl } from '../sites/host';
import type { SiteVerdict } from '../sites/site-rules';
import { siteVerdict } from '../sites/site-rules';
import { AnnotationSession } from './annotation-session';
import { summarizeMentions } from './page-mentions';
import { ThrottledReporter } from './throttled-reporter';

/** What the content script starts the app with. */
export interface ContentAppOptions {
  ctx: ContentScriptContext;
  window: PageWindow;
  /** Loads everything the extension knows (the bundled and imported datasets). */
  loadCatalog(): Promise<Catalog>;
  /** Calls back when the catalog changed (a dataset imported, removed, turned on or off). */
  watchCatalog(changed: () => void): () => void;
  highlightCss: string;
  cardCss: string;
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
  let session: AnnotationSession | null = null;
  let catalog: Catalog | null = null;
  let verdict: SiteVerdict = { on: false, reason: 'extension-off', rule: null };
  let mode: PageState['mode'] = 'all';
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

  const update = (reloadCatalog = false) => {
    queue = queue.then(async () => {
      if (ctx.isInvalid) return;
      const { settings, sites } = await readPageSettings(host);
      verdict = siteVerdict(host, sites);
      mode = sites.mode;
      if (reloadCatalog || (verdict.on && !catalog)) {
        catalog = await options.loadCatalog();
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
        session = new AnnotationSession({
          ctx,
          window,
          catalog: catalog!,
          settings,
          highlightCss: options.highlightCss,
          cardCss: options.cardCss,
          onChange: report,
          onEscapeElsewhere: () => {
            const message: BackgroundRequest = { type: 'escape-pressed' };
            browser.runtime.sendMessage(message).catch(() => undefined);
          },
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

  const answer = (request: ContentRequest): PageState | boolean => {
    if (request.type === 'get-page-state') return pageState();
    if (!session) return false;
    if (request.type === 'show-entry') return session.card.showEntry(request.entryId);
    if (request.type === 'go-to-mention') return session.card.goToMention(request.direction);
    return false;
  };
  const onMessage = (message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    // Every frame closes its card on Esc; nothing is answered, so the sender hears the top frame.
    if (message.type === 'dismiss-card') {
      session?.card.dismiss();
      return undefined;
    }
    // Only the top frame answers: the popup and the commands act on the page the reader sees.
    if (!isTopFrame) return undefined;
    return queue.then(() => answer(message));
  };
  browser.runtime.onMessage.addListener(onMessage);

  const stopWatching = [
    watchSettings(() => update()),
    watchSites(() => update()),
    options.watchCatalog(() => update(true)),
  ];
  update();

  ctx.onInvalidated(() => {
    session?.stop();
    session = null;
    badge.cancel();
    for (const stop of stopWatching) stop();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
