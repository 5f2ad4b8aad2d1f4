// Page weight, as figures: what a page loaded on first view (each body gzipped at zlib level 9, so
// the figures do not depend on how a host compresses), the budget a guide page keeps, and how
// the figures are printed. src/browser/weight.ts measures them in the browser.

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

/** The weight of a page from what it fetched: gzipped bytes summed per kind and in total. */
export function pageWeight(page: string, resources: Resource[]): PageWeight {
  const gzip = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
  for (const r of resources) {
    gzip[r.kind] += r.gzip;
    gzip.total += r.gzip;
  }
  return { page, resources, gzip };
}

/** What a page over budget is over by, or nothing. Search loads on demand: fetching it on first view is over too. */
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
