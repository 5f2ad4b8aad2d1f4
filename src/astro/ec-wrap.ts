// Long code lines wrap instead of scrolling (issue 30: a cut line often hid the trailing comment that
// carries the lesson), and a wrapped line's continuation starts under its own indentation.
// Expressive Code's `wrap` + `preserveIndent` does this with markup on every line and block
// (`--ecIndent`, `--ecMaxLine`): 0.24 KB gz on the heaviest guide, which is at its 50 KB budget. The
// same layout from CSS alone, sent once in EC's cached stylesheet: each line is a table whose first
// cell is EC's leading-whitespace span (`span.indent`, always rendered) and whose second, anonymous
// cell is the rest of the line, so it wraps beside the indentation. Copy buttons copy the source
// text, which CSS does not touch.
import { definePlugin } from '@astrojs/starlight/expressive-code';

export function pluginWrapKeepingIndent() {
  return definePlugin({
    name: 'awaited-wrap-keeping-indent',
    baseStyles: `
      .ec-line .code {
        display: table;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .ec-line .indent {
        display: table-cell;
        white-space: pre;
        /* A sized column keeps its content's width: the line's spare width goes to the text cell. */
        width: 0;
      }
    `,
  });
}
