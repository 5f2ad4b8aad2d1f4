import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// The guides live in ./content/docs, outside src/: Starlight's docsLoader() only reads
// src/content/docs, so the collection uses Astro's glob loader with Starlight's schema.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
};
