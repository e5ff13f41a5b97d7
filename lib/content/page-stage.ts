/**
 * The contract between the first stage (what every page and frame runs: lib/content/first-stage)
 * and the page stage it imports once a page may show something, or a reader asks
 * (entrypoints/content/page-stage.ts): the page engine, the matcher, the compiled dictionary and
 * the relevance decision, which in turn import the second stage (drawing and the card) when a
 * mention is shown.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWindow } from '../card/page-window';

/** Name of the mark made when a frame has loaded the page stage. */
export const PAGE_STAGE_MARK = 'context-cards:page-stage';

/** Context Cards running in a frame with its page stage. */
export interface RunningPage {
  /** The answer to a request from the popup or the background; undefined answers nothing. */
  answer(message: unknown): Promise<unknown> | undefined;
}

/** What the page stage module exports by default. */
export interface PageStageModule {
  /** Starts Context Cards in the frame: reads the settings and the page again, and runs. */
  start(options: { ctx: ContentScriptContext; window: PageWindow }): RunningPage;
}
