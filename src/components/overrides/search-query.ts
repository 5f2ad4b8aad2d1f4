// What the site's search sends to Pagefind for what a reader typed. Pagefind returns only pages that
// hold every word of the query (each word may match as a prefix). Readers type questions ("how do I
// get the value out of an async call"), comparisons ("promise vs async await") and symptoms ("node
// won't exit"): the filler in them, words that no page needs to hold, would drop the page that
// answers. So those words are taken out before the search, always (not only when a search finds
// nothing: a search that finds one unrelated page is as wrong as one that finds none). The words
// that carry the question stay, and so must be on the page that answers it: that is for the pages'
// headings and prose to do. Pure: used by search-ui.ts in the browser and by test/site/search.test.ts.

/**
 * Words a reader's question holds that say nothing about the answer: articles, pronouns,
 * auxiliaries and their negations, question words, prepositions, and the "vs" of a comparison.
 * Not "for" (`for await`), "await", "call", "exit" or any word a heading could be about.
 */
const FILLER = new Set(
  `a an the and or but nor vs versus v
  i me my we our you your it its this that these those there here
  am is are was were be been being do does did done doing have has had having
  can could will would shall should may might must
  don't doesn't didn't won't wouldn't can't cannot couldn't isn't aren't wasn't weren't shouldn't haven't hasn't
  dont doesnt didnt wont wouldnt cant couldnt isnt arent wasnt
  how what why when where which who whom whose
  to of in on at by from with into onto out up about as than then so if not no
  get got make use using instead way ways`.split(/\s+/),
);

/** The words of `query` that a page must hold, or the query as typed when all of it is filler. */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !FILLER.has(word.toLowerCase().replace(/[’`]/g, "'").replace(/^[("']+|[)"'?!.,:;]+$/g, '')));
  return kept.length > 0 ? kept.join(' ') : query.trim();
}
