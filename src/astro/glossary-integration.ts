// The Astro integration of the glossary links: the Markdown plugin that links each page's first
// use of each glossary term. The term list is read once per process, so in `astro dev` an edit to
// the glossary's `terms` shows on other pages after a restart.
import type { AstroIntegration } from 'astro';
import { glossaryLinksPlugin } from '../content-pipeline/glossary-links-plugin.ts';
import { addMdastPlugins } from './markdown-plugins.ts';

export function glossaryIntegration(): AstroIntegration {
  return {
    name: 'awaited:glossary',
    hooks: {
      'astro:config:setup': ({ config }) => {
        addMdastPlugins(config, 'awaited:glossary', glossaryLinksPlugin());
      },
    },
  };
}
