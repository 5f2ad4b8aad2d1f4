// Expressive Code's copy button holds its block's text a second time, in its `data-code` attribute:
// 2.1 KB gz of the heaviest guide's 50 KB first view (the code's own markup splits the text into
// tokens, so gzip finds little of it). The text is on the page already, one `.ec-line` per line: the
// button is rendered without it, and a click fills it in from the lines (in the capture phase, so
// before Expressive Code's own click handler, which copies `data-code`). What every button copies
// is checked on every page by test/site/copy-code.test.ts, and clicked by the browser suite.
import { definePlugin } from '@astrojs/starlight/expressive-code';
import { select } from '@astrojs/starlight/expressive-code/hast';

/**
 * The text a block's copy button copies, from its lines' text: an empty line is rendered as a
 * newline of its own. The script below does the same in the browser.
 */
export function codeOfLines(lines: string[]): string {
  return lines.map((line) => (line === '\n' ? '' : line)).join('\n');
}

// Written small: Expressive Code ships its plugins' scripts as they are, into a file every page loads.
const FILL_ON_CLICK = `document.addEventListener('click',e=>{const b=e.target instanceof Element?e.target.closest('.expressive-code .copy button'):null;if(!b||b.dataset.code!==undefined)return;const l=b.closest('.frame')?.querySelectorAll('pre>code>.ec-line')??[];b.dataset.code=Array.from(l,x=>x.textContent==='\\n'?'':x.textContent).join('\\n')},true);`;

export function pluginCopyFromLines() {
  return definePlugin({
    name: 'awaited-copy-from-lines',
    jsModules: [FILL_ON_CLICK],
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const button = select('.copy button', renderData.blockAst);
        if (!button) throw new Error("awaited-copy-from-lines: no copy button in the rendered block; it must run after Expressive Code's frames plugin");
        delete button.properties['dataCode'];
      },
    },
  });
}
