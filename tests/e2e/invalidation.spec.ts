import type { CDPSession } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../scripts/launch-extension.mjs';
import { NetworkGuard } from './network-guard';
import { expect, test } from './fixtures';
import { highlighted, waitForScan } from './page-helpers';
import { QUIET_PERIOD_MS } from './page-watch';

// Calls into the content script's own code since the last call, counted by V8's precise
// coverage (every function call, however short: a timer's tick, an observer's callback).
async function callsIntoContentScript(session: CDPSession): Promise<number> {
  const { result } = (await session.send('Profiler.takePreciseCoverage')) as {
    result: { url: string; functions: { ranges: { count: number }[] }[] }[];
  };
  return result
    .filter((script) => /^chrome-extension:\/\/[a-p]{32}\/content-scripts\//.test(script.url))
    .flatMap((script) => script.functions)
    .reduce((sum, fn) => sum + (fn.ranges[0]?.count ?? 0), 0);
}

// What our content script leaves in the page: highlights, timings, styles in shadow roots.
function leftInPage() {
  return {
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('context-cards-')),
    timings: performance.getEntries().filter((entry) => entry.name.startsWith('context-cards:'))
      .length,
    shadowSheets: document.querySelector('news-quote')!.shadowRoot!.adoptedStyleSheets.length,
  };
}

test('when the extension is reloaded, the old content script cleans up and stops', async ({
  server,
}) => {
  // Known to fail: WXT notices an invalidated context only when something asks `ctx.isValid`
  // (its ctx.setInterval and ctx.setTimeout do), and the content script asks nothing, so after a
  // reload the old script keeps its highlights and timers. Remove this line with the fix in
  // entrypoints/content/index.ts (e.g. `ctx.setInterval(() => undefined, 1000)`).
  test.fail();
  // A browser of its own: the reload takes the extension away from this browser for good.
  const context = await launchWithExtension();
  try {
    const guard = await NetworkGuard.attach(context, await extensionIdOf(context));
    const page = await context.newPage();
    await guard.watch(page);
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await page.goto(`${server}/fixtures/shadow.html`);
    await waitForScan(page);
    await expect.poll(async () => (await highlighted(page)).length).toBe(2);
    expect(await page.evaluate(leftInPage)).toMatchObject({ shadowSheets: 1 });
    expect(await callsIntoContentScript(session)).toBeGreaterThan(0);

    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { reload(): void } } }
      ).chrome.runtime.reload(),
    );
    // The old content script's context is invalidated: it takes everything of its own away...
    await expect
      .poll(() => page.evaluate(leftInPage))
      .toEqual({ highlights: [], timings: 0, shadowSheets: 0 });
    // ...and nothing of it runs again: not on its timers' next ticks (a full period of the
    // longest, measured on the page's clock), not for a change to the page.
    await callsIntoContentScript(session);
    const since = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'FIFA' }));
      CSS.highlights.clear();
    });
    await page.waitForFunction(
      ([start, period]) => performance.now() - start! > period!,
      [since, QUIET_PERIOD_MS],
    );
    expect(await callsIntoContentScript(session)).toBe(0);
    expect(await page.evaluate(leftInPage)).toEqual({
      highlights: [],
      timings: 0,
      shadowSheets: 0,
    });
    expect(await guard.takeProblems()).toEqual([]);
  } finally {
    await context.close();
  }
});
