import type { Matcher } from '../matcher/types';
import type { RenderingHost } from './after-rendering';
import { afterRendering } from './after-rendering';
import { mentionAtPoint } from './mention-at-point';
import type { DisplayRules } from './mention-display';
import { MentionDisplay, SHOW_ALL } from './mention-display';
import { MentionIndex } from './mention-index';
import type { MentionRenderer } from './mention-renderer';
import type { PageMention } from './page-mention';
import { PageScan } from './page-scan';
import { clearScanTimings, markScanComplete } from './scan-timings';
import { ShadowRootTracker } from './shadow-root-tracker';
import type { SchedulerHost } from './slice-scheduler';
import { SliceScheduler } from './slice-scheduler';

export { SCAN_COMPLETE_MARK } from './scan-timings';

/** The period of the engine's one timer (highlight repair, late shadow roots), in ms. */
export const TIMER_INTERVAL_MS = 1000;
// Past this many mentions a page is pathological (the browser's highlight painting slows down
// with the number of ranges): further mentions are not drawn.
const DEFAULT_MAX_MENTIONS = 20_000;

/** The window's parts the annotator uses: timers, performance and DOM constructors. */
export type AnnotatorHost = SchedulerHost &
  RenderingHost & {
    setInterval(callback: () => void, ms: number): number;
    clearInterval(handle: number): void;
    innerWidth: number;
    innerHeight: number;
    Element: typeof Element;
    Range: typeof Range;
    StaticRange?: typeof StaticRange;
  };

/** What the annotator needs; everything browser-specific comes in here. */
export interface AnnotatorOptions {
  /** The document to annotate (the content script's frame). */
  document: Document;
  /** The compiled dictionary. */
  matcher: Matcher;
  /** The kind (person, place, …) of an entry, which picks its highlight style. */
  kindOf(entryId: string): string;
  /** How mentions are drawn. */
  renderer: MentionRenderer;
  /** The document's window (passed in: a page can shadow `document.defaultView`). */
  host: AnnotatorHost;
  /** Which mentions are shown, and how (all, tinted, unless given). */
  rules?: DisplayRules;
  /** Highlight styles for open shadow roots (the document's own come from the manifest). */
  shadowCss?: string;
  /** Called after a slice of work changed the mentions found or shown. */
  onChange?(annotator: Annotator): void;
  /** The most mentions kept for one document (20,000 unless given). */
  maxMentions?: number;
}

/** A running annotation of one document. */
export interface Annotator {
  /** Every mention found so far. */
  readonly index: MentionIndex;
  /** The mentions shown, of those found. */
  readonly display: MentionDisplay;
  /** The shown mention under a point of the viewport, looking into open shadow roots. */
  mentionAt(x: number, y: number): PageMention | undefined;
  /** Changes which mentions are shown, and how, without scanning again. */
  setRules(rules: DisplayRules): void;
  /**
   * Pauses the scan until `until` settles (the code that draws is being loaded), so that what
   * was found first is drawn first; the end of the pass is marked only once it has.
   */
  hold(until: Promise<unknown>): void;
  /** Highlight styles for open shadow roots, when they were not given at the start. */
  setShadowCss(cssText: string): void;
  /** Settles once the first full pass over the page is done (or the annotator stopped). */
  readonly firstPass: Promise<void>;
  /** True once the first full pass is done. */
  readonly passed: boolean;
  /** Removes every highlight, observer, listener and timer; the page is left as it was. */
  stop(): void;
}

/**
 * Finds mentions in a live document and keeps its highlights up to date, in short slices (see
 * SliceScheduler) that start after the page's next rendered frame. The scan (PageScan) finds,
 * the index keeps, the display decides what is shown; this wires them and owns the timer.
 */
export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { document: doc, renderer, host } = options;
  const index = new MentionIndex();
  const display = new MentionDisplay(index, renderer, options.rules ?? SHOW_ALL);
  const shadowRoots = new ShadowRootTracker(options.shadowCss ?? '');
  // No work before the page's current state has been rendered (see afterRendering).
  let waitingForRendering = true;
  let stopped = false;
  let held: Promise<unknown> | null = null;

  const scan = new PageScan({
    document: doc,
    matcher: options.matcher,
    kindOf: options.kindOf,
    index,
    renderer,
    shadowRoots,
    host,
    maxMentions: options.maxMentions ?? DEFAULT_MAX_MENTIONS,
    requestWork: () => {
      if (!waitingForRendering) scheduler.request();
    },
  });

  let passed = false;
  let endFirstPass = () => {};
  const firstPass = new Promise<void>((resolve) => (endFirstPass = resolve));
  const markComplete = () => {
    if (held) return void held.then(markComplete);
    if (stopped) return;
    markScanComplete(host.performance, index.size);
    passed = true;
    endFirstPass();
  };
  const scheduler = new SliceScheduler(host, (deadline) => {
    if (stopped || held) return false;
    const { more, changes } = scan.work(deadline);
    if (changes.added.length > 0 || changes.removed.length > 0) {
      display.update(changes.added, changes.removed);
      options.onChange?.(annotator);
    }
    if (!more) markComplete();
    // Held during this slice: the hold's end asks for the next one.
    return more && !held;
  });

  // Once a second: put back highlights the page removed, pick up late shadow roots, and let go
  // of shadow roots the page has dropped.
  const timer = host.setInterval(() => {
    renderer.repair();
    const late = shadowRoots.lateRoots();
    for (const root of late) scan.addShadowRoot(root);
    if (late.length > 0) scheduler.request();
    shadowRoots.forgetCollected();
  }, TIMER_INTERVAL_MS);

  const cancelWait = afterRendering(host, () => {
    waitingForRendering = false;
    scheduler.request();
  });

  const annotator: Annotator = {
    index,
    display,
    firstPass,
    get passed() {
      return passed;
    },
    mentionAt(x, y) {
      const found = mentionAtPoint(doc, host, index, x, y, shadowRoots.live());
      return found.find((mention) => display.isShown(mention));
    },
    setShadowCss(cssText) {
      if (!stopped) shadowRoots.setCss(cssText);
    },
    hold(until) {
      const settled = until.then(
        () => undefined,
        () => undefined,
      );
      held = settled;
      void settled.then(() => {
        if (held !== settled) return;
        held = null;
        if (!stopped) scheduler.request();
      });
    },
    setRules(rules) {
      if (stopped) return;
      display.setRules(rules);
      options.onChange?.(annotator);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      endFirstPass();
      cancelWait();
      scheduler.cancel();
      scan.stop();
      host.clearInterval(timer);
      renderer.clear();
      display.clear();
      shadowRoots.clear();
      index.clear();
      clearScanTimings(host.performance);
    },
  };
  return annotator;
}
