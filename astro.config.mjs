// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { sidebar } from './src/site/sidebar.ts';
import { checkSamplesIntegration } from './src/site/check-usages.ts';

export default defineConfig({
  site: 'https://awaited.dev',
  trailingSlash: 'always',
  integrations: [
    checkSamplesIntegration(),
    starlight({
      title: 'Awaited',
      description: 'Async and concurrency in TypeScript on Node.js, with every sample tested.',
      // Guides live in ./content/docs; without this, asides there are not rendered.
      markdown: { processedDirs: ['./content/docs'] },
      sidebar: sidebar
        .filter((group) => group.items.length > 0)
        .map((group) => ({ label: group.label, items: group.items.map((slug) => ({ slug })) })),
      expressiveCode: { themes: ['github-dark', 'github-light'] },
    }),
    // mdx() must come after starlight(), which configures Markdown first.
    mdx(),
  ],
});
