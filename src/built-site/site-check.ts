// Checks of the built site, as pure functions over parsed pages: internal links and anchors resolve,
// and every TS/JS code block on a guide page is a sample pulled from examples/.
// test/site/site-check.test.ts runs them over the build.
import type { HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** URL path, e.g. `/guides/async-vs-sync/`. */
  url: string;
  /** Every id attribute on the page, in document order (a duplicate is a problem). */
  ids: string[];
  /** Every href on the page, as written. */
  links: string[];
  /** Languages of code blocks that are not inside a sample from examples/. */
  looseCodeBlocks: string[];
}

export interface SiteProblem {
  url: string;
  message: string;
  /** The text to look for in the page's source, to name its line. */
  needle?: string;
}

/** The facts the check needs from a parsed page at `url`. */
export function pageFacts(url: string, document: HTMLElement): BuiltPage {
  // Samples come from examples/; an exercise's starting file from exercises/ (graded by
  // test/exercises/); a project file is the project's own config (test/site/conventions.test.ts);
  // the build track's code from capstone/ (<CapstoneCode>, its steps graded by their checks).
  const samples = new Set(document.querySelectorAll('[data-example] pre, [data-exercise] pre, [data-project-file] pre, [data-capstone] pre'));
  return {
    url,
    ids: document.querySelectorAll('[id]').map((el) => el.id),
    links: document.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
    looseCodeBlocks: document
      .querySelectorAll('main pre[data-language]')
      .filter((pre) => !samples.has(pre))
      .map((pre) => pre.getAttribute('data-language') ?? ''),
  };
}

const SCRIPT_LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'cjs', 'mts', 'cts', 'tsx', 'jsx']);

/** Resolves an href against the page it is on; undefined for links that leave the site. */
export function internalTarget(href: string, from: string): { path: string; hash: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const url = new URL(href, `http://site${from}`);
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Normalises a path to the page URL it serves: `/a/b` and `/a/b/index.html` are `/a/b/`. */
export function pageKey(path: string): string {
  return path.replace(/index\.html$/, '').replace(/\.html$/, '/').replace(/\/?$/, '/');
}

export function checkSite(pages: BuiltPage[], files: Set<string>, isGuide: (url: string) => boolean): SiteProblem[] {
  const byUrl = new Map(pages.map((p) => [pageKey(p.url), { ...p, ids: new Set(p.ids) }]));
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    // A link to a duplicated id lands on the first one, wherever the author meant.
    for (const [id, count] of Map.groupBy(page.ids, (id) => id)) {
      if (count.length > 1) problems.push({ url: page.url, message: `has ${count.length} elements with id="${id}": ids must be unique on a page` });
    }
    for (const href of new Set(page.links)) {
      const target = internalTarget(href, page.url);
      if (!target) continue;
      const isAsset = /\.[a-z0-9]+$/i.test(target.path) && !target.path.endsWith('.html');
      if (isAsset) {
        if (!files.has(target.path)) problems.push({ url: page.url, message: `links to missing file ${href}`, needle: href });
        continue;
      }
      const linked = byUrl.get(pageKey(target.path));
      if (!linked) {
        problems.push({ url: page.url, message: `links to missing page ${href}`, needle: href });
      } else if (target.hash !== '' && !linked.ids.has(target.hash)) {
        problems.push({ url: page.url, message: `links to missing anchor #${target.hash} on ${pageKey(target.path)} (${href})`, needle: href });
      }
    }
    if (isGuide(page.url)) {
      for (const lang of page.looseCodeBlocks.filter((l) => SCRIPT_LANGS.has(l))) {
        problems.push({ url: page.url, message: `has a ${lang} code block that is not an <Example> from examples/`, needle: '```' + lang });
      }
    }
  }
  return problems;
}
