// npm run bench:core-track — after `astro build`: the bytes of reading the onboarding path's core
// track (the "Core track" group of src/site/sidebar.ts), (a) each page's first view, as the page
// weight budget counts it (test/browser/support/weight.ts), and (b) the seven pages read in a row in
// one browser with its cache, from a server that caches as a static host does: the content-hashed
// files under /_astro/ for a year, every other file revalidated by its ETag (a 304 sends no body).
// Bytes are gzip level 9 of each body sent, as the page weight counts them; headers are left out.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sidebar } from '../src/site/sidebar.ts';
import { launchBrowser } from '../test/browser/support/browser.ts';
import { dist } from '../test/browser/support/site.ts';
import { serveStatic } from '../test/browser/support/static-server.ts';
import { formatWeight, kb, weighPage, type PageWeight } from '../test/browser/support/weight.ts';

const CORE_TRACK = 'Core track';
const group = sidebar.find((g) => g.label === CORE_TRACK);
if (!group) throw new Error(`src/site/sidebar.ts has no group "${CORE_TRACK}": name the core track's group here`);
const track = group.items.map((slug) => `/${slug}/`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

interface CachingServer {
  origin: string;
  /** Gzipped bytes of every body sent so far. */
  sent: number;
  [Symbol.asyncDispose](): Promise<void>;
}

/** dist/ served with the caching headers of a static host, counting what it sends. */
async function serveCaching(root: string): Promise<CachingServer> {
  const state = { sent: 0 };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, pathname, pathname.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
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
    state.sent += gzipSync(body, { level: 9 }).length;
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get sent() {
      return state.sent;
    },
    [Symbol.asyncDispose]: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

console.log(`(a) first view of each core-track page (${track.length} pages)`);
const firstViews: PageWeight[] = [];
{
  await using server = await serveStatic(dist);
  await using browser = await launchBrowser();
  for (const page of track) {
    const weight = await weighPage(browser.context, server.origin, page);
    firstViews.push(weight);
    console.log(`  ${formatWeight(weight)}`);
  }
}
const heaviest = firstViews.toSorted((a, b) => b.gzip.total - a.gzip.total)[0];
if (heaviest) console.log(`  heaviest first view: ${heaviest.page}, ${kb(heaviest.gzip.total)} gz (css ${kb(heaviest.gzip.css)} gz)`);

console.log('(b) the core track read in a row, in one browser with its cache');
await using server = await serveCaching(path.resolve(dist));
await using browser = await launchBrowser();
const tab = await browser.context.newPage();
for (const page of track) {
  const before = server.sent;
  await tab.goto(server.origin + page);
  await tab.waitForLoadState('networkidle');
  console.log(`  ${page}: ${kb(server.sent - before)} gz`);
}
const uncached = firstViews.reduce((sum, w) => sum + w.gzip.total, 0);
console.log(`  the walk: ${kb(server.sent)} gz (${kb(uncached)} gz if every page were a first view)`);
