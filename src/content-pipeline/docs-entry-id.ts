// The id (and so the URL slug) of a page in the docs collection, which reads two folders:
// content/docs/ (the guides, written by hand) and src/content/docs/ (the API reference that
// starlight-typedoc generates). Both are one URL space: `content/docs/guides/x.mdx` is
// `guides/x`, `src/content/docs/reference/api/semaphore/classes/Semaphore.md` is
// `reference/api/semaphore/classes/semaphore`. Same rules as Astro's default ids: a `slug` in the
// frontmatter wins, segments are lower-cased, and a trailing `/index` is dropped.

import { slug } from 'github-slugger';

const ROOTS = ['src/content/docs/', 'content/docs/'];

export function docsEntryId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  if (typeof data['slug'] === 'string') return data['slug'];
  const root = ROOTS.find((r) => entry.startsWith(r));
  if (root === undefined) throw new Error(`docs collection: ${entry} is outside ${ROOTS.join(' and ')}`);
  const stem = entry.slice(root.length).replace(/\.mdx?$/, '');
  // Each segment as Astro's own glob loader slugs it: github-slugger's slug().
  const id = stem.split('/').map((segment) => slug(segment)).join('/');
  return id.replace(/\/index$/, '');
}
