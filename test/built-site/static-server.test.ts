// The static server the browser suite and the benches use, on a small folder made here: it serves
// like a plain static host.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/built-site/static-server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'awaited-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, 'guides', 'x'), { recursive: true });
writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>');
writeFileSync(path.join(dir, '404.html'), '<h1>not found</h1>');
writeFileSync(path.join(dir, 'guides', 'x', 'index.html'), '<h1>x</h1>');

describe('serveStatic', () => {
  it('serves a folder, redirects to its slash, and answers a missing path with 404.html', async () => {
    await using server = await serveStatic(dir);
    const x = await fetch(`${server.origin}/guides/x/`, { headers: { 'accept-encoding': 'identity' } });
    expect([x.status, x.headers.get('content-type'), await x.text()]).toEqual([200, 'text/html; charset=utf-8', '<h1>x</h1>']);
    const bare = await fetch(`${server.origin}/guides/x`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/guides/x/']);
    const missing = await fetch(`${server.origin}/nope/`);
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>not found</h1>']);
  });

  it('gzips text when the client accepts it', async () => {
    await using server = await serveStatic(dir);
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    expect(gunzipSync(body.bytes).toString()).toBe('<h1>home</h1>');
  });

  it('refuses a folder without index.html, saying to build', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'awaited-serve-empty-'));
    try {
      await expect(serveStatic(empty)).rejects.toThrow(`${empty} has no index.html: build the site first (npm run build)`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
