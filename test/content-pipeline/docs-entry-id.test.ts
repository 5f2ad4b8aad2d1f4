import { describe, expect, it } from 'vitest';
import { docsEntryId } from '../../src/content-pipeline/docs-entry-id.ts';

describe('docsEntryId', () => {
  it('gives hand-written and generated pages one URL space, slugged as Astro slugs them', () => {
    expect(docsEntryId({ entry: 'content/docs/guides/async-vs-sync.mdx', data: {} })).toBe('guides/async-vs-sync');
    expect(docsEntryId({ entry: 'src/content/docs/reference/api/semaphore/classes/Semaphore.md', data: {} })).toBe('reference/api/semaphore/classes/semaphore');
    expect(docsEntryId({ entry: 'content/docs/index.mdx', data: {} })).toBe('index');
    expect(docsEntryId({ entry: 'content/docs/reference/api/index.md', data: {} })).toBe('reference/api');
  });

  it('lets a slug in the frontmatter win, and refuses a file outside both folders', () => {
    expect(docsEntryId({ entry: 'content/docs/guides/x.mdx', data: { slug: 'elsewhere/y' } })).toBe('elsewhere/y');
    expect(() => docsEntryId({ entry: 'docs/x.mdx', data: {} })).toThrow('docs collection: docs/x.mdx is outside src/content/docs/ and content/docs/');
  });
});
