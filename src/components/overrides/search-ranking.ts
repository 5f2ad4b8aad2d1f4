// How the site's search ranks pages: given once, read by astro.config.mjs (Starlight's `pagefind`
// setting, which the search UI passes to Pagefind), by MarkdownContent.astro (the weight of a
// generated page's text) and by test/site/search.test.ts (which queries the built index with the
// same settings). Pure.

/**
 * Pagefind's ranking (https://pagefind.app/docs/ranking/). Starlight's defaults, except the title's
 * extra weight, which is 0: the title already counts as the page's h1, whose weight
 * PageTitle.astro lowers on generated pages. Pagefind's own title boost knows nothing of that, and
 * a generated page's title is often the very word searched for ("Semaphore", "channel").
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 0 },
};

/**
 * Pages generated from other pages or from code: the examples listings, the API reference, the
 * onboarding path (every guide's title, lesson and self-check again) and the list of exercises
 * (each exercise's task and starting file again, also on the page it practises). They hold the
 * reader's words as often as the guide that answers, so their text weighs less and the guide leads.
 */
const GENERATED = /^\/(?:examples\/|reference\/api\/|start\/onboarding\/|start\/exercises\/)/;

/** The `data-pagefind-weight` of a generated page's text (Pagefind's default for text is 1). */
export const GENERATED_PAGE_WEIGHT = 0.3;

/** Whether the page at `pathname` (`/examples/blocking/`) is generated. */
export function isGeneratedPage(pathname: string): boolean {
  return GENERATED.test(pathname);
}
