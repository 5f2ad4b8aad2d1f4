// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import starlightTypeDoc, { typeDocSidebarGroup } from 'starlight-typedoc';
import { sidebar } from './src/site/sidebar.ts';
import { samplesIntegration } from './src/site/samples-integration.ts';
import { codeDownloadIntegration } from './src/site/code-download.ts';


export default defineConfig({
  site: 'https://awaited.dev',
  trailingSlash: 'always',
  // A published page that moves keeps its old URL working: add 'old/': 'new/' here and record
  // "movedTo" in test/site/stable-links.json (npm run check:links checks both).
  redirects: {},
  // Styles go inline into each page: no render-blocking stylesheet requests before the first paint
  // (Lighthouse mobile: FCP/LCP). First-view weight is the same; each page carries its CSS.
  build: { inlineStylesheets: 'always' },
  integrations: [
    samplesIntegration(),
    // The examples and exercises as one archive a reader can run on their own: /awaited-code.tar.gz.
    codeDownloadIntegration(),
    starlight({
      title: 'Awaited',
      description: 'Async and concurrency in TypeScript on Node.js, with every sample tested.',
      // Guides live in ./content/docs; without this, asides there are not rendered.
      markdown: { processedDirs: ['./content/docs'] },
      sidebar: sidebar
        .filter((group) => group.items.length > 0)
        .map((group) => ({
          label: group.label,
          items: [
            ...group.items.map((slug) => ({ slug })),
            // starlight-typedoc replaces this placeholder with the API pages of examples/lib/.
            ...(group.label === 'Reference' ? [typeDocSidebarGroup] : []),
          ],
        })),
      favicon: '/favicon.svg',
      plugins: [
        // The API reference of examples/lib/, generated at build time into
        // src/content/docs/reference/api/ (git-ignored) and served at /reference/api/…
        // Entry points and TypeDoc options are in typedoc.json.
        starlightTypeDoc({
          output: 'reference/api',
          sidebar: { label: 'API: examples/lib', collapsed: true },
        }),
      ],
      components: {
        // Loads the search UI on demand and names the search button by its visible text.
        Search: './src/components/overrides/Search.astro',
      },
    }),
    // mdx() must come after starlight(), which configures Markdown first.
    mdx(),
  ],
});
