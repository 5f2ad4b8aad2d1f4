// The built site: the one module that reads dist/. Where it is, its files, its pages (each parsed
// once per process, with node-html-parser), its redirect pages, and the kinds of page the checks
// pick from. Scripts, the site tests and the browser suite all ask it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { projectRoot } from '../cli/project-root.ts';

export const DIST_MISSING = 'dist/ is missing: run `npm run build` first (npm test does)';

export interface BuiltSite {
  /** The dist/ folder. */
  dir: string;
  /** Every file, as a URL path (`/guides/x/index.html`, `/favicon.svg`), sorted. */
  files: string[];
  /** Every page, as the URL it is served at (`/`, `/guides/x/`), from its index.html, sorted; Pagefind's and redirect pages left out. */
  pages: string[];
  /** Redirect pages (an Astro `redirects` entry): old URL → the path it sends the reader to. */
  redirects: Map<string, string>;
  /** The HTML of a page (`/guides/x/`) or of an .html file (`/404.html`). */
  html(url: string): string;
  /** The same, parsed, once per process; `<pre>` content is parsed as elements. */
  document(url: string): HTMLElement;
  /** Content pages under /guides/. */
  guidePages(): string[];
  /** Pages that show at least one sample (a `figure.sample`). */
  pagesWithSamples(): string[];
  /** The guide a person looks at and tools measure: async-vs-sync, else the first guide, else home. */
  showcasePage(): string;
}

/** The file a URL is served from: `/x/` → `x/index.html`, `/404.html` → `404.html`. */
export function fileOfUrl(url: string): string {
  return (url.endsWith('/') ? `${url}index.html` : url).replace(/^\//, '');
}

/** The path a redirect page sends to (its `<meta http-equiv="refresh">`), resolved against its URL. */
export function redirectTarget(document: HTMLElement, url: string): string | undefined {
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  const target = refresh === undefined ? undefined : /url=(.*)$/i.exec(refresh)?.[1]?.trim();
  return target ? new URL(target, `http://site${url}`).pathname : undefined;
}

/** Where `root`'s build goes. */
export function distDir(root = projectRoot()): string {
  return path.join(root, 'dist');
}

const sites = new Map<string, BuiltSite>();

/** The built site under `root`, read once per process; fails with what to run when there is none. */
export function builtSite(root = projectRoot()): BuiltSite {
  const known = sites.get(root);
  if (known) return known;
  const site = readBuiltSite(root);
  sites.set(root, site);
  return site;
}

/** The built site under `root` as it is now, read afresh (for a tool that builds more than once). */
export function readBuiltSite(root = projectRoot()): BuiltSite {
  const dir = distDir(root);
  if (!existsSync(dir)) throw new Error(DIST_MISSING);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => '/' + path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const texts = new Map<string, string>();
  const documents = new Map<string, HTMLElement>();
  const html = (url: string): string => {
    let text = texts.get(url);
    if (text === undefined) {
      text = readFileSync(path.join(dir, fileOfUrl(url)), 'utf8');
      texts.set(url, text);
    }
    return text;
  };
  const document = (url: string): HTMLElement => {
    let parsed = documents.get(url);
    if (!parsed) {
      parsed = parse(html(url), { blockTextElements: { script: true, style: true } });
      documents.set(url, parsed);
    }
    return parsed;
  };
  const redirects = new Map<string, string>();
  const pages: string[] = [];
  for (const file of files) {
    if (!file.endsWith('/index.html') || file.startsWith('/pagefind/')) continue;
    const url = file.slice(0, -'index.html'.length);
    // A redirect page is a few hundred bytes with a meta refresh: test the text before parsing.
    const target = html(url).includes('http-equiv="refresh"') ? redirectTarget(document(url), url) : undefined;
    if (target === undefined) pages.push(url);
    else redirects.set(url, target);
  }
  pages.sort();
  const guidePages = () => pages.filter((p) => p.startsWith('/guides/'));
  return {
    dir,
    files,
    pages,
    redirects,
    html,
    document,
    guidePages,
    pagesWithSamples: () => pages.filter((p) => /<figure class="sample/.test(html(p))),
    showcasePage() {
      const guides = guidePages();
      return guides.includes('/guides/async-vs-sync/') ? '/guides/async-vs-sync/' : (guides[0] ?? '/');
    },
  };
}
