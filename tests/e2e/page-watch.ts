import type { Frame, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { TIMER_INTERVAL_MS } from '../../lib/page/annotator';
import { UI_HOST_TAG } from '../../lib/page/element-rules';
import type { PageWatch, PageWatchOptions } from './page-watch-script';
import { engineIsQuiet, installPageWatch, readWatchInPage } from './page-watch-script';

export type { PageWatch } from './page-watch-script';
export { engineIsQuiet, installPageWatch, readWatchInPage } from './page-watch-script';

/** What `installPageWatch` is given in our tests. */
export const PAGE_WATCH_OPTIONS: PageWatchOptions = { uiHostTag: UI_HOST_TAG };

/**
 * How long the engine must have done nothing before the page is read: a full period of its
 * longest timer, plus room for the timer's own lateness.
 */
export const QUIET_PERIOD_MS = TIMER_INTERVAL_MS + 250;

/** Installs the page watch in `page` and all its frames, before any of their scripts. */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(installPageWatch, PAGE_WATCH_OPTIONS);
}

/** Reads what the watch saw in `target`; throws when `watchPage` was not installed there. */
export async function readPageWatch(target: Page | Frame): Promise<PageWatch> {
  const watch = await target.evaluate(readWatchInPage);
  if (!watch) throw new Error(`no page watch in ${target.url()}: call watchPage() before goto()`);
  return watch;
}

/** Waits until the content script in `target` is quiet (see `engineIsQuiet`). */
export async function waitForQuiet(target: Page | Frame, timeout = 20_000): Promise<void> {
  await target.waitForFunction(engineIsQuiet, QUIET_PERIOD_MS, { timeout, polling: 100 });
}

/**
 * What differs between the page as it was at DOMContentLoaded and as it is now, one line per
 * problem; empty when the page is untouched. `layout: false` skips the boxes, for pages whose
 * own layout keeps changing after DOMContentLoaded (images and fonts arriving).
 */
export function pageWatchProblems(watch: PageWatch, { layout = true } = {}): string[] {
  const problems: string[] = [];
  if (!watch.started) problems.push('the watch never started: no DOMContentLoaded');
  for (const mutation of watch.mutations.slice(0, 20)) problems.push(`mutation: ${mutation}`);
  if (watch.htmlNow !== watch.htmlBefore) {
    problems.push(`serialised DOM changed: ${firstDifference(watch.htmlBefore, watch.htmlNow)}`);
  }
  if (layout) {
    const changed = watch.layoutNow.filter((line, i) => line !== watch.layoutBefore[i]);
    if (changed.length > 0 || watch.layoutNow.length !== watch.layoutBefore.length) {
      problems.push(
        `layout changed: ${watch.layoutBefore.length} → ${watch.layoutNow.length} boxes, e.g. ${changed.slice(0, 3).join('; ')}`,
      );
    }
  }
  if (watch.uiHosts > 1) problems.push(`${watch.uiHosts} <${UI_HOST_TAG}> elements; one at most`);
  return problems;
}

/**
 * Waits until the content script is quiet, then expects the page (and each frame where the
 * content script ran) to be as it was at DOMContentLoaded: no mutation, the same serialised DOM
 * and shadow trees, the same layout. The one allowed change is a single UI host element. Call
 * `watchPage(page)` before the page is opened; call this again after any interaction (hovering,
 * opening and closing a card).
 */
export async function expectPageUntouched(page: Page, options: { layout?: boolean } = {}) {
  await page.waitForLoadState('load');
  for (const frame of page.frames()) {
    if (frame !== page.mainFrame() && !/^https?:/.test(frame.url())) continue;
    await waitForQuiet(frame);
    const watch = await readPageWatch(frame);
    expect(pageWatchProblems(watch, options), `the page watch in ${frame.url()}`).toEqual([]);
  }
}

function firstDifference(before: string, now: string): string {
  let at = 0;
  while (at < before.length && before[at] === now[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `at character ${at}: was ${around(before)}, now ${around(now)}`;
}
