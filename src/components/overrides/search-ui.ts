// The search UI (Pagefind's default UI and its styles), split out of Search.astro so that a page
// loads it only when a reader reaches for search. Stock Starlight imports it on every page once the
// browser is idle: about 26 KB gzipped of script and 3 KB of CSS that most readers never use.
// As a string, not a stylesheet import: Astro would link an imported stylesheet from every page.
import css from './search-ui.css?inline';
// @ts-expect-error -- @pagefind/default-ui ships no type declarations (Starlight does the same).
import { PagefindUI } from '@pagefind/default-ui';
import { searchTerms } from './search-query.ts';
import { rankSections, type SubResult } from './search-sections.ts';

export interface SearchUIOptions {
  element: string;
  baseUrl: string;
  bundlePath: string;
  translations: Record<string, string>;
  [option: string]: unknown;
}

interface SearchResult {
  url: string;
  sub_results: SubResult[];
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
    processTerm: searchTerms,
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
