import type { BrowserContext, CDPSession, Page } from '@playwright/test';

// The content script as Chromium names it; WXT builds it to this path.
const CONTENT_SCRIPT = /^chrome-extension:\/\/[a-p]{32}\/content-scripts\/content\.js$/;

/**
 * Makes the content script of `page`'s top frame (and of its same-process frames) start in a
 * browser without the CSS Custom Highlight API. A page cannot do this: the content script runs
 * in an isolated world of its own, with its own `CSS` and `Highlight`. Over the DevTools
 * protocol the test pauses the content script on its first statement, deletes both from that
 * world, and lets it run, so the real build decides which renderer to use.
 * Returns a function that stops pausing.
 */
export async function withoutHighlightApi(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<void>> {
  const session = await context.newCDPSession(page);
  const scripts = new Map<string, string>();
  session.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
  session.on('Debugger.paused', (event) => void hideAndResume(session, scripts, event));
  await session.send('Debugger.enable');
  await session.send('Debugger.setBreakpointByUrl', {
    urlRegex: CONTENT_SCRIPT.source,
    lineNumber: 0,
    columnNumber: 0,
  });
  return async () => {
    await session.send('Debugger.disable');
    await session.detach();
  };
}

interface Paused {
  callFrames: { callFrameId: string; location: { scriptId: string } }[];
}

async function hideAndResume(session: CDPSession, scripts: Map<string, string>, event: Paused) {
  const frame = event.callFrames[0];
  try {
    if (frame && CONTENT_SCRIPT.test(scripts.get(frame.location.scriptId) ?? '')) {
      await session.send('Debugger.evaluateOnCallFrame', {
        callFrameId: frame.callFrameId,
        expression: 'delete globalThis.CSS.highlights; delete globalThis.Highlight;',
      });
    }
  } finally {
    await session.send('Debugger.resume').catch(() => undefined);
  }
}
