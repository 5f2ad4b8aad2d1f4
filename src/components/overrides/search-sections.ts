// The order of a result's sections (Pagefind's sub-results) in the site's search. Pagefind lists a
// page's sections in page order, and its UI shows the first three: for a long guide those are the
// page's opening lines and its first headings, whatever the reader searched for. Pure: used by
// search-ui.ts in the browser and tested in test/site/search-override.test.ts.

export interface SubResult {
  url: string;
  locations: number[];
  weighted_locations?: { balanced_score: number }[];
}

/** How well a section matched: Pagefind's weighted score (headings weigh more), else its hit count. */
function score(sub: SubResult): number {
  return sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations.length;
}

/**
 * Sections best match first, the page's top (`#_top`, the text before its first heading) last: a
 * search for "thread pool" leads to the section on the thread pool, not to the page's first lines
 * that mention it. Pagefind's UI keeps this order when it shows the top three. Ties keep page order.
 */
export function rankSections<T extends SubResult>(subs: T[]): T[] {
  const isTop = (sub: SubResult) => sub.url.endsWith('#_top');
  return [...subs].sort((a, b) => Number(isTop(a)) - Number(isTop(b)) || score(b) - score(a));
}
