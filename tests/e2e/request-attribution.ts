// Tells a page's own requests from the extension's, from what Chromium's DevTools protocol says
// about each request. Pure: no browser here, so every rule can be read (and tested) on its own.

/** The parts of a CDP `Network.Initiator` the rules read. */
export interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

/** The parts of a CDP `Network.requestWillBeSent` (or `webSocketCreated`) the rules read. */
export interface SeenRequest {
  url: string;
  /** URL of the document that made the request ('' for a web socket). */
  documentUrl: string;
  /** Resource type: Document, Image, Fetch, … */
  type?: string;
  initiator: Initiator;
}

/** True for URLs that never leave the machine: the extension's own files, data and blobs. */
export function isLocalUrl(url: string, extensionOrigin: string): boolean {
  return (
    url.startsWith(`${extensionOrigin}/`) ||
    // A packaged file reached through its dynamic URL (`use_dynamic_url`), whose host is a
    // per-session id rather than the extension's: still read from the installed extension.
    /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//.test(
      url,
    ) ||
    // file: is read from this machine (a saved page naming files on its author's disk).
    /^(data|blob|about|file):/.test(url) ||
    // Chromium's own pages and DevTools; nothing a web page or extension could send data to.
    /^(chrome|devtools):/.test(url)
  );
}

/**
 * Why `request` was not made by the web page itself, or null when it was (or never leaves the
 * machine). Made by the extension: any request from one of its pages, and any request whose
 * initiator (URL or call stack, async parents included) is extension code. Unexplained: a
 * request with no initiator that is not one the browser makes for a document by itself (the
 * document, its icon, its web app manifest). An image whose `src` an isolated-world script set
 * is reported so; a page script doing the same would be too, so test pages must not.
 */
export function notMadeByPage(request: SeenRequest, extensionOrigin: string): string | null {
  const { url, documentUrl, initiator } = request;
  if (isLocalUrl(url, extensionOrigin)) return null;
  if (documentUrl.startsWith('chrome-extension://'))
    return `from the extension page ${documentUrl}`;
  const extensionCode = [initiator.url ?? '', ...stackUrls(initiator.stack)].find((frame) =>
    frame.startsWith('chrome-extension://'),
  );
  if (extensionCode) return `made by extension code (${extensionCode})`;
  switch (initiator.type) {
    case 'parser':
    case 'script':
    case 'preload':
    case 'preflight':
    case 'SignedExchange':
      return null;
    case 'other':
      if (request.type === 'Document' || request.type === 'Manifest' || isIcon(request))
        return null;
      return `no initiator: a ${request.type ?? 'request'} the page did not ask for`;
    default:
      return `initiator "${initiator.type}", which no rule here explains`;
  }
}

function* stackUrls(stack: StackTrace | undefined): Generator<string> {
  for (let at = stack; at; at = at.parent) for (const frame of at.callFrames) yield frame.url;
}

// Chromium fetches a page's icon by itself, without an initiator: the one its `<link rel=icon>`
// names, or /favicon.ico.
function isIcon({ url, type }: SeenRequest): boolean {
  return (
    type === 'Other' &&
    /(\.(ico|png|svg|gif|jpe?g|webp)|\/favicon)(\?.*)?$/i.test(
      new URL(url).pathname + new URL(url).search,
    )
  );
}
