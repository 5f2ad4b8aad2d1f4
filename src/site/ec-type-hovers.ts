// An Expressive Code plugin that marks identifiers in samples with their TypeScript types. The
// Example component passes the sample's catalogue key in the block's meta (`sample=…`); the types
// come from the shared language service in type-info.ts. The first occurrence of each name in a block is
// focusable, so keyboard users get the same information without a tab stop per token.
import { definePlugin, ExpressiveCodeAnnotation, type AnnotationRenderOptions } from 'astro-expressive-code';
import { h } from 'astro-expressive-code/hast';
import { catalogue } from '../catalogue/catalogue.ts';
import { typeHovers } from './type-info.ts';

class TypeHoverAnnotation extends ExpressiveCodeAnnotation {
  readonly text: string;
  readonly focusable: boolean;
  constructor(options: { columnStart: number; columnEnd: number; text: string; focusable: boolean }) {
    super({ inlineRange: { columnStart: options.columnStart, columnEnd: options.columnEnd } });
    this.text = options.text;
    this.focusable = options.focusable;
  }

  render({ nodesToTransform }: AnnotationRenderOptions) {
    return nodesToTransform.map((node, index) =>
      h('span', { class: 'type-hover', 'data-type': this.text, tabindex: this.focusable && index === 0 ? '0' : undefined }, [node]),
    );
  }
}

export function pluginTypeHovers() {
  return definePlugin({
    name: 'awaited-type-hovers',
    hooks: {
      annotateCode: ({ codeBlock }) => {
        const key = codeBlock.metaOptions.getString('sample');
        if (!key) return;
        const sample = catalogue().shownSample(key);
        const seen = new Set<string>();
        for (const hover of typeHovers(sample.file, sample.excerpt)) {
          const line = codeBlock.getLine(hover.line);
          if (!line) continue;
          const name = line.text.slice(hover.start, hover.end);
          line.addAnnotation(
            new TypeHoverAnnotation({ columnStart: hover.start, columnEnd: hover.end, text: hover.text, focusable: !seen.has(name) }),
          );
          seen.add(name);
        }
      },
    },
    baseStyles: `
      .type-hover { border-radius: 2px; }
      .type-hover:hover, .type-hover:focus-visible { background: color-mix(in srgb, currentColor 14%, transparent); outline: none; }
    `,
  });
}
