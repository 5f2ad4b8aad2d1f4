// The search UI (Pagefind's default UI and its styles), split out of Search.astro so that a page
// loads it only when a reader reaches for search. Stock Starlight imports it on every page once the
// browser is idle: about 26 KB gzipped of script and 3 KB of CSS that most readers never use.
// As a string, not a stylesheet import: Astro would link an imported stylesheet from every page.
import css from './search-ui.css?inline';
// @ts-expect-error -- @pagefind/default-ui ships no type declarations (Starlight does the same).
import { PagefindUI } from '@pagefind/default-ui';

export interface SearchUIOptions {
  element: string;
  baseUrl: string;
  bundlePath: string;
  translations: Record<string, string>;
  [option: string]: unknown;
}

interface SubResult {
  url: string;
  locations: number[];
  weighted_locations?: { balanced_score: number }[];
}

interface SearchResult {
  url: string;
  sub_results: SubResult[];
}

/** How well a section matched: Pagefind's weighted score (headings weigh more), else its hit count. */
function score(sub: SubResult): number {
  return sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations.length;
}

/**
 * Sections best match first, the page's top (`#_top`, the text before its first heading) last: a
 * search for "thread pool" leads to the section on the thread pool, not to the page's first lines
 * that mention it. Pagefind's UI keeps this order when it shows the top three.
 */
export function rankSections(subs: SubResult[]): SubResult[] {
  const isTop = (sub: SubResult) => sub.url.endsWith('#_top');
  return [...subs].sort((a, b) => Number(isTop(a)) - Number(isTop(b)) || score(b) - score(a));
}

/** Renders Pagefind's UI into `options.element`, as Starlight's own Search component does. */
export function mountSearchUI(options: SearchUIOptions, formatURL: (url: string) => string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const Constructor = PagefindUI as new (options: Record<string, unknown>) => unknown;
  new Constructor({
    ...options,
    showImages: false,
    showSubResults: true,
    processResult: (result: SearchResult) => {
      result.url = formatURL(result.url);
      result.sub_results = rankSections(result.sub_results);
      for (const sub of result.sub_results) sub.url = formatURL(sub.url);
    },
  });
  // Pagefind names its input only by a title (axe: label-title-only); give it a real label.
  const input = document.querySelector(`${options.element} input`);
  input?.setAttribute('aria-label', options.translations['placeholder'] ?? 'Search');
}
