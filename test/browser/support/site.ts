// What the build produced: every page in dist/, found by walking it, so tests cover pages as they
// are added without naming them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = process.cwd();
export const dist = path.join(root, 'dist');
/** Screenshots for a person to review (git-ignored). */
export const screenshotsDir = path.join(root, 'test-results', 'screenshots');

/** URL path of every built page (`/`, `/guides/x/`, …), from its index.html, sorted. */
export function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => '/' + path.relative(dist, e.parentPath).split(path.sep).join('/'))
    .map((p) => (p === '/' ? p : `${p}/`))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}

/** The built HTML of a page. */
export function pageHtml(urlPath: string): string {
  return readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
}

/** Guide pages: content pages under /guides/. */
export function guidePages(): string[] {
  return builtPages().filter((p) => p.startsWith('/guides/'));
}

/** Pages that show at least one sample (a `figure.sample`). */
export function pagesWithSamples(): string[] {
  return builtPages().filter((p) => /<figure class="sample/.test(pageHtml(p)));
}

/** The guide page used for screenshots: async-vs-sync if it exists, else the first guide, else the home page. */
export function showcasePage(): string {
  const guides = guidePages();
  return guides.includes('/guides/async-vs-sync/') ? '/guides/async-vs-sync/' : (guides[0] ?? '/');
}
