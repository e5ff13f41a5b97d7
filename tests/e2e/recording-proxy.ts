import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached the proxy. */
export interface ProxiedRequest {
  /** `GET http://…` for plain HTTP; `CONNECT host:443` for HTTPS, whose URL stays encrypted. */
  line: string;
  host: string;
  /** The request's Origin header ('' when none): `moz-extension://…` for extension code. */
  origin: string;
}

/** A running proxy; `take()` empties its record. */
export interface RecordingProxy {
  port: number;
  take(): ProxiedRequest[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * An HTTP proxy on 127.0.0.1 that records every request a browser sends through it, whoever in
 * the browser made it (pages, content scripts, the extension's background). Requests to
 * 127.0.0.1 or localhost go on to 127.0.0.1; everything else is refused, as offline.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const record: ProxiedRequest[] = [];
  const server = createServer((incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://invalid');
    const origin = incoming.headers.origin ?? '';
    record.push({ line: `${incoming.method} ${url.href}`, host: url.hostname, origin });
    if (!LOOPBACK.has(url.hostname)) {
      response.writeHead(502).end('offline');
      return;
    }
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    incoming.pipe(upstream);
  });
  server.on('connect', (incoming, socket) => {
    const host = (incoming.url ?? '').replace(/:\d+$/, '');
    record.push({ line: `CONNECT ${incoming.url}`, host, origin: '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    take: () => record.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send all its traffic, loopback included, through `proxy`. */
export function firefoxProxyPrefs(
  proxy: RecordingProxy,
): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

// Firefox's own services, which it reaches (over HTTPS) whatever the tests do.
const FIREFOX_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;

/**
 * The proxied requests that no test page made: any request from extension code (its Origin is
 * the extension's), and any request to a host other than the test server's. Firefox's own HTTPS
 * connections to its services are left out.
 */
export function foreignRequests(requests: readonly ProxiedRequest[]): string[] {
  return requests
    .filter(({ line, host, origin }) => {
      if (origin.startsWith('moz-extension://')) return true;
      if (LOOPBACK.has(host)) return false;
      return !(line.startsWith('CONNECT ') && FIREFOX_SERVICES.test(host));
    })
    .map(({ line, origin }) => (origin ? `${line} (Origin: ${origin})` : line));
}
