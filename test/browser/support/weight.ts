// Page weight: what a page loads on first view, before any interaction, until the network is quiet.
// Each response body is gzipped (zlib level 9) so the figures do not depend on how a host compresses.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { PageWatch } from './browser.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Resource {
  url: string;
  kind: Kind;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  resources: Resource[];
  /** Gzipped bytes per kind, and in total. */
  gzip: Record<Kind | 'total', number>;
}

/** The budget for any guide page, in gzipped bytes, with every feature on. */
export const BUDGET = { total: 50 * 1024, js: 8 * 1024 };

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
    const gzip = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
    for (const r of resources) {
      gzip[r.kind] += r.gzip;
      gzip.total += r.gzip;
    }
    return { page: urlPath, resources, gzip };
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

/** What a page over budget is over by, or nothing. */
export function overBudget(weight: PageWeight): string[] {
  return [
    ...(weight.gzip.total > BUDGET.total ? [`${kb(weight.gzip.total)} gz in total, over ${kb(BUDGET.total)}`] : []),
    ...(weight.gzip.js > BUDGET.js ? [`${kb(weight.gzip.js)} gz of JavaScript, over ${kb(BUDGET.js)}`] : []),
    ...weight.resources.map((r) => r.url).filter((u) => /search-ui|\/pagefind\//.test(u)).map((u) => `loads ${u} before search is opened`),
  ];
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** One line per page: total and per kind, gzipped. */
export function formatWeight(w: PageWeight): string {
  const parts = (['html', 'css', 'js', 'font', 'image', 'other'] as const)
    .filter((k) => w.gzip[k] > 0)
    .map((k) => `${k} ${kb(w.gzip[k])}`);
  return `${w.page}: ${kb(w.gzip.total)} gz (${parts.join(', ')}; ${w.resources.length} requests)`;
}
