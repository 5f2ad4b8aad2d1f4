// Maps a page URL back to the content file it was built from, so errors can name file and line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../cli/project-root.ts';
// npm scripts, Vitest and Astro run from the repository root.
const root = projectRoot();
const contentDir = path.join(root, 'content', 'docs');

/** `/guides/async-vs-sync/` → `content/docs/guides/async-vs-sync.mdx`, or undefined for generated pages. */
export function contentFileFor(url: string): string | undefined {
  const slug = url.replace(/^\/+|\/+$/g, '');
  const stems = slug === '' ? ['index'] : [slug, `${slug}/index`];
  for (const stem of stems) {
    for (const ext of ['.mdx', '.md']) {
      const file = path.join(contentDir, stem + ext);
      if (existsSync(file)) return path.relative(root, file).split(path.sep).join('/');
    }
  }
  return undefined;
}

/** "content/docs/x.mdx:12" for the first line of a page's source containing every needle, else the page URL. */
export function locate(url: string, needles: string[]): string {
  const file = contentFileFor(url);
  if (!file) return `page ${url}`;
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => needles.every((needle) => line.includes(needle)));
  return index >= 0 ? `${file}:${index + 1}` : file;
}
