// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { sidebar } from './src/site/sidebar.ts';

export default defineConfig({
  site: 'https://awaited.dev',
  trailingSlash: 'always',
  // Styles go inline into each page: no render-blocking stylesheet requests before the first paint
  // (Lighthouse mobile: FCP/LCP). First-view weight is the same; each page carries ~12 KB gz of CSS.
  build: { inlineStylesheets: 'always' },
  integrations: [
    starlight({
      title: 'Awaited',
      description: 'Async and concurrency in TypeScript on Node.js, with every sample tested.',
      // Guides live in ./content/docs; without this, asides there are not rendered.
      markdown: { processedDirs: ['./content/docs'] },
      sidebar: sidebar
        .filter((group) => group.items.length > 0)
        .map((group) => ({ label: group.label, items: group.items.map((slug) => ({ slug })) })),
      expressiveCode: { themes: ['github-dark', 'github-light'] },
      components: {
        // Loads the search UI on demand and names the search button by its visible text.
        Search: './src/components/overrides/Search.astro',
      },
    }),
    // mdx() must come after starlight(), which configures Markdown first.
    mdx(),
  ],
});
