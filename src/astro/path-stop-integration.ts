// The Astro integration of the onboarding path's stop markers (src/content-pipeline/path-stop-plugin.ts).
// Added after the samples and glossary integrations, so its plugin runs after theirs: the marker is
// not counted as reading and its words are not glossary-linked.
import type { AstroIntegration } from 'astro';
import { pathStopPlugin } from '../content-pipeline/path-stop-plugin.ts';
import { sidebar, SIDEBAR_FILE } from '../content-pipeline/sidebar.ts';
import { addMdastPlugins } from './markdown-plugins.ts';

export function pathStopIntegration(): AstroIntegration {
  return {
    name: 'awaited:path-stop',
    hooks: {
      'astro:config:setup': ({ config }) => {
        addMdastPlugins(config, 'awaited:path-stop', pathStopPlugin(sidebar, SIDEBAR_FILE));
      },
    },
  };
}
