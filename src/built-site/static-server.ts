// A tiny static file server for the built site (dist/), on 127.0.0.1 and an ephemeral port.
// Like a plain static host: `/x/` serves `/x/index.html`, `/x` redirects to `/x/` when that is a
// folder, a missing path gets dist/404.html with status 404, and text is gzipped when the browser
// accepts it (as any real host does; Lighthouse measures transfer sizes). `serveCachingHost` adds
// what a static host's cache headers do, for measuring pages read in a row.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** `server` listening on 127.0.0.1 and an ephemeral port, with its origin and a close that ends open connections. */
async function listening(server: Server): Promise<StaticServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return { origin: `http://127.0.0.1:${port}`, close, [Symbol.asyncDispose]: close };
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  if (!isFile(path.join(base, 'index.html'))) throw new Error(`${base} has no index.html: build the site first (npm run build)`);

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const target = path.join(base, pathname);
    if (!target.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    let file = pathname.endsWith('/') ? path.join(target, 'index.html') : target;
    let status = 200;
    if (!pathname.endsWith('/') && !isFile(file) && isFile(path.join(target, 'index.html'))) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!isFile(file)) {
      file = path.join(base, '404.html');
      status = 404;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // no-cache, not no-store: every load asks the server again (so weights count every byte), and
    // pages stay eligible for the back/forward cache.
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    let body = readFileSync(file);
    if (/^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  return listening(server);
}

export interface CachingHost extends StaticServer {
  /** Gzipped bytes of every body sent so far (a 304 sends none). */
  readonly sent: number;
}

/**
 * dist/ served with the cache headers of a static host: the content-hashed files under /_astro/
 * cached for a year, every other file revalidated by its ETag (a 304 sends no body). Counts what
 * it sends, gzip level 9, headers left out, as the page weight counts bytes.
 */
export async function serveCachingHost(root: string): Promise<CachingHost> {
  const base = path.resolve(root);
  if (!isFile(path.join(base, 'index.html'))) throw new Error(`${base} has no index.html: build the site first (npm run build)`);
  let sent = 0;
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(base, pathname, pathname.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(base) || !isFile(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      etag,
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    sent += gzipSync(body, { level: 9 }).length;
    response.writeHead(200, headers).end(body);
  });
  const listener = await listening(server);
  return {
    origin: listener.origin,
    get sent() {
      return sent;
    },
    close: () => listener.close(),
    [Symbol.asyncDispose]: () => listener.close(),
  };
}
