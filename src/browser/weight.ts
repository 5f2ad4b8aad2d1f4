// Page weight measured in the browser: what a page fetches on first view, before any interaction,
// until the network is quiet. The figures and the budget are src/built-site/page-weight.ts.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { pageWeight, type Kind, type PageWeight, type Resource } from '../built-site/page-weight.ts';
import { PageWatch } from './chromium.ts';

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (type === 'document' || contentType.startsWith('text/html')) return 'html';
  if (type === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (type === 'script' || contentType.includes('javascript')) return 'js';
  if (type === 'font' || contentType.startsWith('font/')) return 'font';
  if (type === 'image' || contentType.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * Starts weighing what `page` fetches from now on; the returned function, called once the page has
 * settled, stops and gives the weight of everything it fetched (cached responses count: a first
 * view fetches them).
 */
export function startWeighing(page: Page, urlPath: string): () => Promise<PageWeight> {
  const bodies: Promise<Resource | undefined>[] = [];
  const onResponse = (response: Response): void => {
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), kind: kindOf(response), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => undefined, // a redirect or an aborted response has no body
      ),
    );
  };
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    const resources = (await Promise.all(bodies)).filter((r): r is Resource => r !== undefined);
    return pageWeight(urlPath, resources);
  };
}

/** Loads `origin + urlPath` in a new tab and weighs everything it fetched until the network was quiet. */
export async function weighPage(context: BrowserContext, origin: string, urlPath: string): Promise<PageWeight> {
  const page = await context.newPage();
  try {
    const watch = await PageWatch.on(page, origin);
    const weighed = startWeighing(page, urlPath);
    await page.goto(origin + urlPath);
    await watch.settled();
    const problems = [...watch.problems.failedRequests, ...watch.problems.offsite];
    if (problems.length > 0) throw new Error(`${urlPath}: requests failed: ${problems.join(', ')}`);
    return await weighed();
  } finally {
    await page.close();
  }
}
