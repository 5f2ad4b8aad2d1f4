// Stable links: team leads link pages and section anchors from onboarding docs, so a published
// URL or anchor may not silently disappear. test/site/stable-links.json lists every one that was
// ever published; after each build, every listed link must still resolve, or record where it
// moved (`movedTo`) — and then the new place must exist and, for a moved page, the old URL must
// redirect there (an Astro `redirects` entry, which the build turns into a redirect page).
// test/site/stable-links.test.ts checks the build; `npm run links:snapshot` adds to the list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { BuiltSite } from './dist.ts';

/** The list of every link ever published, relative to the project root. */
export const STABLE_LINKS_FILE = 'test/site/stable-links.json';

export interface StableLink {
  /** A page URL (`/guides/x/`) or a page URL with an anchor (`/guides/x/#heading`). */
  url: string;
  /** Where the link now lives, when it moved: `/guides/y/` or `/guides/y/#heading`. */
  movedTo?: string;
}

export interface LinkedSite {
  /** Every page (not redirect) URL, with the anchors it offers. */
  pages: Map<string, Set<string>>;
  /** Redirect pages in the build: old URL → the URL it redirects to. */
  redirects: Map<string, string>;
}

export function splitLink(link: string): { page: string; anchor: string } {
  const hash = link.indexOf('#');
  const page = hash === -1 ? link : link.slice(0, hash);
  return { page: page.endsWith('/') ? page : `${page}/`, anchor: hash === -1 ? '' : link.slice(hash + 1) };
}

/** Where a page URL ends up after following redirects (at most 10), or undefined if it loops. */
export function followRedirects(page: string, redirects: Map<string, string>): string | undefined {
  let current = page;
  for (let hops = 0; hops < 10; hops++) {
    const next = redirects.get(current);
    if (next === undefined) return current;
    current = splitLink(next).page;
  }
  return undefined;
}

function resolves(link: string, site: LinkedSite): string | undefined {
  const { page, anchor } = splitLink(link);
  const anchors = site.pages.get(page);
  if (!anchors) return `page ${page} does not exist`;
  if (anchor !== '' && !anchors.has(anchor)) return `anchor #${anchor} does not exist on ${page}`;
  return undefined;
}

/** Every listed link that no longer resolves, as a message naming the URL and anchor. */
export function checkStableLinks(links: StableLink[], site: LinkedSite): string[] {
  const problems: string[] = [];
  for (const link of links) {
    const { page, anchor } = splitLink(link.url);
    if (link.movedTo === undefined) {
      const missing = resolves(link.url, site);
      if (!missing) continue;
      const what = anchor === '' ? `page ${page}` : `anchor #${anchor} on ${page}`;
      problems.push(
        `${link.url}: the published ${what} is gone (${missing}). Restore it, or record where it went with "movedTo" in test/site/stable-links.json` +
          (anchor === '' ? ' and add an Astro redirect from the old URL.' : '.'),
      );
      continue;
    }
    const missing = resolves(link.movedTo, site);
    if (missing) {
      problems.push(`${link.url}: recorded as moved to ${link.movedTo}, but ${missing}.`);
      continue;
    }
    const target = splitLink(link.movedTo).page;
    if (target !== page && !site.pages.has(page)) {
      // The page itself moved: its old URL must redirect to the new one.
      const landing = followRedirects(page, site.redirects);
      if (landing !== target) {
        problems.push(
          `${link.url}: recorded as moved to ${link.movedTo}, but ${page} ${landing === page ? 'does not redirect' : `redirects to ${landing ?? 'a loop'}`}; add \`'${page}': '${target}'\` to \`redirects\` in astro.config.mjs.`,
        );
      }
    }
  }
  return problems;
}

/**
 * The list after a build: every listed link kept (so one that disappeared keeps failing until its
 * move is recorded), every new page and anchor added, sorted.
 */
export function snapshotLinks(existing: StableLink[], site: LinkedSite): StableLink[] {
  const byUrl = new Map(existing.map((link) => [link.url, link]));
  for (const [page, anchors] of site.pages) {
    if (!byUrl.has(page)) byUrl.set(page, { url: page });
    for (const anchor of anchors) {
      const url = `${page}#${anchor}`;
      if (!byUrl.has(url)) byUrl.set(url, { url });
    }
  }
  return [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Pages under /reference/api/ are TypeDoc's output: their URLs are recorded, their anchors are not (they follow the helpers' members). */
const GENERATED_ANCHORS = /^\/reference\/api\//;

/** The anchors a page publishes: the heading ids in its content and its sample anchors (`sample-*`). */
export function publishedAnchors(url: string, document: HTMLElement): Set<string> {
  if (GENERATED_ANCHORS.test(url)) return new Set();
  const ids = [
    ...document.querySelectorAll('main h2[id], main h3[id], main h4[id], main h5[id], main h6[id]').map((h) => h.id),
    ...document.querySelectorAll('main [id^="sample-"]').map((el) => el.id),
  ];
  return new Set(ids.filter((id) => id !== '' && id !== '_top'));
}

/** What the build publishes: every page (not 404, not redirect pages) with its anchors, and the redirects. */
export function linkedSite(site: Pick<BuiltSite, 'pages' | 'redirects' | 'document'>): LinkedSite {
  return { pages: new Map(site.pages.map((url) => [url, publishedAnchors(url, site.document(url))])), redirects: site.redirects };
}

/** The list in `root`'s STABLE_LINKS_FILE; empty before the first snapshot. */
export function readStableLinks(root: string): StableLink[] {
  try {
    return (JSON.parse(readFileSync(path.join(root, STABLE_LINKS_FILE), 'utf8')) as { links: StableLink[] }).links;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The list file's text: one link a line, so a snapshot reads as a diff of added lines. */
export function formatStableLinks(links: StableLink[]): string {
  const body = links.map((link) => `    ${JSON.stringify(link)}`).join(',\n');
  return `{\n  "links": [\n${body}\n  ]\n}\n`;
}
