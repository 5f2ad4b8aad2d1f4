// @ts-check
// Expressive Code (Starlight's code blocks). Kept in its own file because the plugin is not
// serialisable into astro.config.mjs, which the <Code> component requires.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginCopyFromLines } from './src/astro/ec-copy-from-lines.ts';
import { pluginFragmentCopyLabel } from './src/astro/ec-fragment-copy.ts';
import { pluginPlainText } from './src/astro/ec-plain-text.ts';
import { pluginTypeHovers } from './src/astro/ec-type-hovers.ts';
import { pluginWrapKeepingIndent } from './src/astro/ec-wrap.ts';

export default defineEcConfig({
  themes: ['github-dark', 'github-light'],
  // Long lines wrap, keeping their indentation (src/astro/ec-wrap.ts); a fragment's copy button says
  // it copies a fragment (src/astro/ec-fragment-copy.ts); text in the code's own colour has no span
  // (src/astro/ec-plain-text.ts); a copy button copies its block's lines instead of holding their
  // text a second time (src/astro/ec-copy-from-lines.ts).
  plugins: [pluginTypeHovers(), pluginWrapKeepingIndent(), pluginFragmentCopyLabel(), pluginPlainText(), pluginCopyFromLines()],
  // Code-block styles in one cached file, like the page's other shared styles (astro.config.mjs):
  // the same 18 KB on every page with samples, sent once per reader instead of once per page.
  emitExternalStylesheet: true,
});
