// @ts-check
// Expressive Code (Starlight's code blocks). Kept in its own file because the plugin is not
// serialisable into astro.config.mjs, which the <Code> component requires.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginTypeHovers } from './src/site/ec-type-hovers.ts';

export default defineEcConfig({
  themes: ['github-dark', 'github-light'],
  plugins: [pluginTypeHovers()],
  // Code-block styles go inline with the first block, like the page's other styles (astro.config.mjs
  // inlines stylesheets): no render-blocking stylesheet request in the middle of a guide.
  emitExternalStylesheet: false,
});
