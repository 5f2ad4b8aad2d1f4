import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { docsEntryId } from './content-pipeline/docs-entry-id.ts';
import { glossaryTerms } from './content-pipeline/glossary-terms.ts';

// A page's step on the onboarding path (/start/onboarding/), next to the page it describes. Its
// place in the order is its place in the sidebar (src/content-pipeline/sidebar.ts); its title is `title`; its
// time is computed from its text (src/content-pipeline/reading-time.ts).
const readingPath = z.object({
  /** What the page teaches, in one line. */
  teaches: z.string().min(1).regex(/^[^\n]*$/, 'teaches is one line'),
  /**
   * Two to four questions a reader should be able to answer afterwards. `section` is the heading
   * anchor the answer comes from; the onboarding page links it. A question that asks the reader to
   * predict a sample's output names it (`predict: file.ts#region`, a sample the page shows): its
   * answer is that sample's verified output, and `answer` (optional then) explains it.
   */
  selfCheck: z
    .array(
      z
        .object({
          question: z.string().min(1),
          answer: z.string().min(1).optional(),
          predict: z.string().regex(/^[\w./-]+\.[mc]?ts(#[\w-]+)?$/, 'predict names a sample: examples-relative file.ts or file.ts#region').optional(),
          section: z.string().regex(/^[a-z0-9-]+$/).optional(),
        })
        .refine((check) => check.answer !== undefined || check.predict !== undefined, 'a self-check question needs an answer, or a sample to predict'),
    )
    .min(2)
    .max(4),
});

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
    // `terms` is the glossary page's: the word forms that count as a use of each of its terms.
    schema: docsSchema({ extend: z.object({ readingPath: readingPath.optional(), terms: glossaryTerms.optional() }) }),
  }),
};
