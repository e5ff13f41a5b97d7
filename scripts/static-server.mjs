// A tiny static file server on 127.0.0.1 for the end-to-end tests and the demo.
// Every text response says charset=utf-8: some saved pages declare another charset in a meta tag.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Resolves a URL path against the mounts, or null when it escapes them or matches none. */
function resolvePath(mounts, urlPath) {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(urlPath.slice(prefix.length))));
    if (file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return file;
  }
  return null;
}

/**
 * Starts a server for `mounts` (URL prefix → directory) on a free port of 127.0.0.1.
 * @param {Record<string, string>} mounts
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startStaticServer(mounts) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let file = resolvePath(mounts, path);
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    // `?noscript` serves a saved page with its own scripts blocked, so the page holds still and
    // every change to its DOM can be attributed to the extension. Its requests to other hosts
    // are refused at once too: offline, a stylesheet waiting on DNS would hold the page for
    // seconds.
    if (new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.has('noscript')) {
      headers['content-security-policy'] =
        "script-src 'none'; default-src 'self' data: blob:; style-src 'self' 'unsafe-inline'";
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
