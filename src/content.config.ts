import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { docsEntryId } from './site/docs-entry-id.ts';

// The guides live in ./content/docs, outside src/: Starlight's docsLoader() only reads
// src/content/docs, so the collection uses Astro's glob loader with Starlight's schema.
// It also reads src/content/docs/reference/api/, where starlight-typedoc writes the API reference
// of examples/lib/ at build time (git-ignored). Both folders map to the same URL space: the id
// (the page's slug) is the path under its folder.
export const collections = {
  docs: defineCollection({
    loader: glob({
      base: '.',
      pattern: ['content/docs/**/[^_]*.{md,mdx}', 'src/content/docs/**/[^_]*.{md,mdx}'],
      generateId: docsEntryId,
    }),
    schema: docsSchema(),
  }),
};
