import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWindow } from '../card/page-window';
import type { Dictionary } from '../dictionary/dictionary';
import type { BackgroundRequest } from '../messages';
import { watchSites } from '../settings/site-lists';
import { watchSettings } from '../settings/settings';
import { siteOfUrl } from '../sites/host';
import { answerRequest } from './content-requests';
import { FrameApp } from './frame-app';
import type { RunningPage } from './page-stage';
import type { SecondStageModule } from './second-stage';
import { ThrottledReporter } from './throttled-reporter';

type PageStatusReport = Extract<BackgroundRequest, { type: 'page-status' }>;

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
 * Wires the page stage in one frame: the frame's app (FrameApp) follows the settings, site lists
 * and datasets through storage's change events (in every tab and frame at once), answers the
 * popup and the background (content-requests) through the first stage, which owns the message
 * listener, relays Esc where no card can hear it, and the top frame reports the page's status
 * for the toolbar badge.
 */
export function startContentApp(options: ContentAppOptions): RunningPage {
  const { ctx, window } = options;
  const isTopFrame = window === window.top;
  const badge = new ThrottledReporter<PageStatusReport>(
    window,
    (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
    500,
    (message) => `${message.status} ${message.count}`,
  );
  const app: FrameApp = new FrameApp({
    ctx,
    window,
    host: siteOfUrl(window.location.href) ?? window.location.hostname,
    loadDictionary: options.loadDictionary,
    loadSecondStage: options.loadSecondStage,
    onChange: () => {
      if (!isTopFrame || ctx.isInvalid) return;
      badge.report({ type: 'page-status', status: app.status, count: app.shownCount });
    },
    onEscapeElsewhere: relayEscape,
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.isComposing && app.runsWithoutCard) relayEscape();
  };
  window.addEventListener('keydown', onKeyDown, { capture: true, passive: true });
  const stopWatching = [
    watchSettings(() => app.update()),
    watchSites(() => app.update()),
    options.watchDictionary(() => app.update(true)),
  ];
  app.update();

  ctx.onInvalidated(() => {
    app.stop();
    badge.cancel();
    for (const stop of stopWatching) stop();
    window.removeEventListener('keydown', onKeyDown, { capture: true });
  });
  return { answer: (message) => answerRequest(message, isTopFrame, app) };
}

function relayEscape(): void {
  const message: BackgroundRequest = { type: 'escape-pressed' };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
