// A fragment's copy button says it copies a fragment (issue 30: readers copied regions that cannot
// run alone, lacking the file's imports, and took them for programs). Expressive Code's frames
// plugin gives every block the same "Copy to clipboard" texts; a block whose meta holds `fragment`
// (src/components/Example.astro sets it for a region that is not the whole file) gets its own,
// here, after the frames plugin has rendered the button. Its "Copy whole file" button, beside it,
// comes first.
import { definePlugin } from '@astrojs/starlight/expressive-code';
import { select } from '@astrojs/starlight/expressive-code/hast';

export const FRAGMENT_COPY = { tooltip: 'Copy fragment', copied: 'Copied fragment' };

export function pluginFragmentCopyLabel() {
  return definePlugin({
    name: 'awaited-fragment-copy',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (!codeBlock.metaOptions.getBoolean('fragment')) return;
        const button = select('.copy button', renderData.blockAst);
        if (!button) throw new Error('awaited-fragment-copy: no copy button in the rendered block; it must run after Expressive Code\'s frames plugin');
        button.properties.title = FRAGMENT_COPY.tooltip;
        button.properties.dataCopied = FRAGMENT_COPY.copied;
      },
    },
  });
}
