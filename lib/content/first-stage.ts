/**
 * The first stage: what every page and frame runs. It reads the settings and site rules that
 * concern the page (one storage read), reads the page's text with the scout, and imports the
 * page stage only when the page may show something (lib/scout/story-evidence.ts) or a reader
 * asks (the popup, a command). Until then it answers for the frame: the badge's status, Esc
 * relayed to the card of another frame. It owns the frame's one message listener, and passes
 * requests on to the page stage once it runs. It talks to the browser without the polyfill,
 * which loads with the page stage (see the README's "Three stages").
 */
import { browser } from '@wxt-dev/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWindow } from '../card/page-window';
import type { BackgroundRequest } from '../messages';
import { PageScout } from '../scout/page-scout';
import type { ScoutGate } from '../scout/scout-gate';
import { concernsGate, readScoutGate } from '../scout/scout-gate';
import type { ScoutTable } from '../scout/scout-table';
import { readScoutTable } from '../scout/scout-table';
import { StoryEvidence } from '../scout/story-evidence';
import { markScanComplete } from '../page/scan-timings';
import { SCOUT_TABLE } from '../settings/imported-dataset-keys';
import { siteOfUrl } from '../sites/host';
import { requestHandling } from './content-requests';
import { hasNoSize, whenSized } from './frame-size';
import type { PageStageModule, RunningPage } from './page-stage';
import { PAGE_STAGE_MARK } from './page-stage';
import { pageStatus } from './page-state';

/** What the first stage is started with. */
export interface FirstStageOptions {
  ctx: ContentScriptContext;
  window: PageWindow;
  /** The bundled dataset's scout table, shipped in the script. */
  bundledTable: ScoutTable;
  /** Imports the page stage. */
  loadPageStage(): Promise<PageStageModule>;
}

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];
type StorageListener = Parameters<typeof browser.storage.onChanged.addListener>[0];

/** Starts Context Cards in one frame. */
export function startFirstStage(options: FirstStageOptions): void {
  const { ctx, window } = options;
  const isTopFrame = window === window.top;
  const host = siteOfUrl(window.location.href) ?? window.location.hostname;
  let gate: ScoutGate | null = null;
  let table: ScoutTable | null = null;
  // The page's reading: the scout walks it, the evidence keeps what it read.
  let reading: { scout: PageScout; evidence: StoryEvidence } | null = null;
  let running: RunningPage | null = null;
  let loading: Promise<RunningPage | null> | null = null;
  let waitingForSize = false;
  let queue = Promise.resolve();

  const stopScouting = () => {
    reading?.scout.stop();
    reading = null;
  };
  const decide = (done: boolean) => {
    if (!reading) return;
    if (gate?.verdict.on && reading.evidence.mayShow(gate.storyOnly)) void loadPage();
    // The page, as it is now, shows nothing: the same mark a full pass of the page stage makes.
    else if (done) markScanComplete(window.performance, 0);
  };

  // Reads the gate (and the table, when it changed) and starts, adjusts or stops the scout.
  const apply = async (reloadTable: boolean) => {
    if (ctx.isInvalid || loading) return;
    const next = await readScoutGate(host);
    if (ctx.isInvalid || loading) return;
    gate = next;
    if (isTopFrame) report({ type: 'page-status', status: pageStatus(next.verdict), count: 0 });
    if (!next.verdict.on) return stopScouting();
    if (hasNoSize(window)) return waitForSize();
    if (reloadTable || !table) {
      table =
        readScoutTable(next.storedTable, options.bundledTable.bundled) ?? options.bundledTable;
      stopScouting();
    }
    if (reading) return decide(reading.scout.idle);
    const evidence = new StoryEvidence(table);
    reading = { evidence, scout: new PageScout(window, (line) => evidence.read(line), decide) };
    reading.scout.start();
  };
  const update = (reloadTable = false) => {
    queue = queue
      .then(() => apply(reloadTable))
      .catch((error: unknown) =>
        console.warn('Context Cards: the settings could not be read.', error),
      );
  };
  // A frame of no size shows nothing: it waits, at no cost, until it is given a size.
  const waitForSize = () => {
    if (waitingForSize) return;
    waitingForSize = true;
    whenSized(window, () => {
      waitingForSize = false;
      update();
    });
  };

  const loadPage = () => {
    loading ??= (async () => {
      stopScouting();
      stopListening();
      const module = await options.loadPageStage();
      if (ctx.isInvalid) return null;
      window.performance.mark(PAGE_STAGE_MARK);
      running = module.start({ ctx, window });
      return running;
    })().catch((error: unknown) => {
      console.warn('Context Cards: the page could not be read.', error);
      return null;
    });
    return loading;
  };

  const onMessage: Listener = (message, _sender, sendResponse) => {
    const handling = requestHandling(message, isTopFrame);
    if (handling === null || (handling === 'ifLoaded' && !running)) return false;
    const answer = running
      ? running.answer(message)
      : loadPage().then((page) => page?.answer(message));
    if (answer === undefined) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    // The answer comes later: keep the channel open (both browsers take this form).
    return true;
  };
  const onStorage: StorageListener = (changes) => {
    const keys = Object.keys(changes);
    if (keys.some(concernsGate)) update(keys.includes(SCOUT_TABLE));
  };
  // No card runs here: Esc goes to the background, which closes a card open in another frame.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.isComposing && gate?.verdict.on) {
      report({ type: 'escape-pressed' });
    }
  };
  const stopListening = () => {
    browser.storage.onChanged.removeListener(onStorage);
    window.removeEventListener('keydown', onKeyDown, { capture: true });
  };

  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  window.addEventListener('keydown', onKeyDown, { capture: true, passive: true });
  update();

  ctx.onInvalidated(() => {
    stopScouting();
    stopListening();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

function report(message: BackgroundRequest): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}
