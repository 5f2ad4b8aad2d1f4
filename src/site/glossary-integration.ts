// The Astro integration of the glossary links: the Markdown plugin that links each page's first
// use of each glossary term. The term list is read once per process, so in `astro dev` an edit to
// the glossary's `terms` shows on other pages after a restart.
import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { glossaryLinksPlugin } from '../markdown/glossary-links-plugin.ts';

export function glossaryIntegration(): AstroIntegration {
  return {
    name: 'awaited:glossary',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // MDX inherits the Markdown processor (Astro 7's Sätteri), as Starlight's own plugins do.
        const { processor } = config.markdown;
        if (!isSatteriProcessor(processor)) throw new Error(`awaited:glossary needs the Sätteri Markdown processor, found "${processor.name}"`);
        processor.options.mdastPlugins.push(glossaryLinksPlugin());
      },
    },
  };
}
