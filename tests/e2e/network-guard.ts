import type { BrowserContext, CDPSession, Frame, Page, Request } from '@playwright/test';
import type { Initiator, SeenRequest } from './request-attribution';
import { isLocalUrl, notMadeByPage } from './request-attribution';

interface RequestWillBeSent {
  request: { url: string };
  documentURL: string;
  type?: string;
  initiator: Initiator;
}

interface WebSocketCreated {
  url: string;
  initiator?: Initiator;
}

/**
 * Records every request made in a Chromium context with the extension loaded, and reports those
 * the test's pages did not make themselves (see `notMadeByPage`). Each page (and each
 * out-of-process frame) is followed over the DevTools protocol, which names every request's
 * initiator; Playwright's own events add the extension's service worker and are the net under
 * both: a request Playwright saw that no DevTools session explained is reported unless it is a
 * navigation.
 */
export class NetworkGuard {
  private readonly problems: string[] = [];
  // How many requests of each URL a DevTools session has judged and Playwright has not yet seen.
  private readonly explained = new Map<string, number>();
  private readonly seen: Request[] = [];
  private readonly judged: string[] = [];
  private readonly sessions = new Map<Page | Frame, Promise<CDPSession | null>>();
  // Checks under way of images the browser loaded with no initiator (see `judge`).
  private readonly mediaChecks: Promise<void>[] = [];

  private constructor(
    private readonly context: BrowserContext,
    private readonly extensionOrigin: string,
  ) {}

  /** Starts guarding `context`, whose extension has the id `extensionId`. */
  static async attach(context: BrowserContext, extensionId: string): Promise<NetworkGuard> {
    const guard = new NetworkGuard(context, `chrome-extension://${extensionId}`);
    context.on('request', (request) => guard.seen.push(request));
    context.on('page', (page) => void guard.watch(page));
    await Promise.all(context.pages().map((page) => guard.watch(page)));
    return guard;
  }

  /**
   * Follows `page` over the DevTools protocol, with its out-of-process frames as they navigate.
   * Pages opened in the guarded context are followed by themselves; await this before a page's
   * first navigation so that nothing it loads escapes the initiator rules.
   */
  async watch(page: Page): Promise<void> {
    if (!this.sessions.has(page)) {
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame()) void this.follow(frame);
      });
      page.on('framedetached', (frame) => this.sessions.delete(frame));
      page.on('close', () => this.sessions.delete(page));
    }
    await this.follow(page);
  }

  /** The problems found since the last report, one line each; empty when all is well. */
  async takeProblems(): Promise<string[]> {
    return (await this.takeReport()).problems;
  }

  /** The problems found, and the URLs of all requests judged, since the last report. */
  async takeReport(): Promise<{ problems: string[]; judged: string[] }> {
    // A round trip on each session delivers the events it sent before.
    const sessions = await Promise.all(this.sessions.values());
    const roundTrip = (session: CDPSession | null) =>
      session?.send('Page.getFrameTree').catch(() => undefined);
    await Promise.all(sessions.map(roundTrip));
    for (const request of this.seen.splice(0)) this.check(request);
    await Promise.all(this.mediaChecks.splice(0));
    return { problems: this.problems.splice(0), judged: this.judged.splice(0) };
  }

  // Opens a session for `target` once; a frame that had none (it was in its parent's process)
  // is tried again when it navigates, as it may have moved to a process of its own.
  private async follow(target: Page | Frame): Promise<void> {
    const pending = this.sessions.get(target);
    if (pending && ((await pending) || this.sessions.get(target) !== pending)) return;
    const opening = this.open(target);
    this.sessions.set(target, opening);
    await opening;
  }

  private async open(target: Page | Frame): Promise<CDPSession | null> {
    let session: CDPSession;
    try {
      session = await this.context.newCDPSession(target);
    } catch {
      // An in-process frame: its page's session already reports its requests.
      return null;
    }
    session.on('Network.requestWillBeSent', (event: RequestWillBeSent) =>
      this.judge(
        {
          url: event.request.url,
          documentUrl: event.documentURL,
          type: event.type,
          initiator: event.initiator,
        },
        target,
      ),
    );
    session.on('Network.webSocketCreated', (event: WebSocketCreated) =>
      this.judge(
        {
          url: event.url,
          documentUrl: '',
          type: 'WebSocket',
          initiator: event.initiator ?? { type: 'other' },
        },
        target,
      ),
    );
    await session.send('Network.enable').catch(() => undefined);
    return session;
  }

  private judge(request: SeenRequest, target: Page | Frame): void {
    this.judged.push(request.url);
    this.explained.set(request.url, (this.explained.get(request.url) ?? 0) + 1);
    const why = notMadeByPage(request, this.extensionOrigin);
    if (!why) return;
    const media = request.type === 'Image' || request.type === 'Media' || request.type === 'Other';
    if (media && request.initiator.type === 'other') {
      // The browser loads the page's lazy and late images with no initiator, just as it loads
      // one whose `src` an isolated world set: an image is the page's when its own DOM names it,
      // asked at once, while the page is there.
      const check = target
        .evaluate(pageNamesMedia, request.url)
        // Gone already (the image was asked for as the page closed): its served HTML decides.
        .catch(() => servedHtmlNames(request.documentUrl, request.url))
        .then((named) => {
          if (!named) this.problems.push(`${request.url}: ${why}`);
        });
      this.mediaChecks.push(check);
    } else {
      this.problems.push(`${request.url}: ${why}`);
    }
  }

  // Playwright's view of a request: the extension's own contexts may not leave the machine, and
  // a page's request must have been explained by a DevTools session.
  private check(request: Request): void {
    const url = request.url();
    if (isLocalUrl(url, this.extensionOrigin)) return;
    const worker = request.serviceWorker();
    if (worker) {
      this.problems.push(`${url}: from the service worker ${worker.url()}`);
      return;
    }
    const left = this.explained.get(url) ?? 0;
    if (left > 0) this.explained.set(url, left - 1);
    else if (!request.isNavigationRequest())
      this.problems.push(`${url}: no DevTools session saw who made it`);
  }
}

// Runs in the page: true when an element of its document (or of an open shadow root) names
// `url` as its source, one of its `srcset` candidates or its poster.
function pageNamesMedia(url: string): boolean {
  const names = (element: Element) => {
    const base = element.baseURI;
    const resolve = (value: string) => {
      try {
        return new URL(value.trim(), base).href;
      } catch {
        return '';
      }
    };
    const attributes = ['src', 'poster', 'data', ...(element.localName === 'link' ? ['href'] : [])];
    const found = attributes.map((name) => element.getAttribute(name) ?? '');
    for (const set of [element.getAttribute('srcset'), element.getAttribute('imagesrcset')]) {
      for (const candidate of set?.split(',') ?? [])
        found.push(candidate.trim().split(/\s+/)[0] ?? '');
    }
    if ('currentSrc' in element) found.push(String((element as HTMLImageElement).currentSrc));
    return found.some((value) => value !== '' && resolve(value) === url);
  };
  const pending: (Document | ShadowRoot)[] = [document];
  while (pending.length > 0) {
    const root = pending.pop()!;
    for (const element of root.querySelectorAll('*')) {
      if (names(element)) return true;
      if (element.shadowRoot) pending.push(element.shadowRoot);
    }
  }
  return false;
}

// True when the HTML served at `documentUrl` (a test page on this machine) names `url`.
async function servedHtmlNames(documentUrl: string, url: string): Promise<boolean> {
  if (!documentUrl.startsWith('http://127.0.0.1:')) return false;
  try {
    const html = await (await fetch(documentUrl)).text();
    const target = new URL(url);
    const directory = new URL('.', documentUrl);
    // The forms a page may write it in: absolute, from the root, or relative to the page.
    const forms = [url, target.pathname];
    if (target.origin === directory.origin && target.pathname.startsWith(directory.pathname)) {
      forms.push(target.pathname.slice(directory.pathname.length));
    }
    return forms.some((form) => html.includes(form) || html.includes(decodeURI(form)));
  } catch {
    return false;
  }
}
