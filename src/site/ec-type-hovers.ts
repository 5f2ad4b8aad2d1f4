// An Expressive Code plugin that marks identifiers in samples with their TypeScript types. The
// Example component passes the sample's catalogue key in the block's meta (`sample=…`); the types
// come from the shared language service in type-info.ts. Keyboard users reach them without a Tab stop
// per token: a block's first hover is its one Tab stop, and the first occurrence of every other name
// is focusable by the arrow keys from there (a roving tabindex; the keys are in Example.astro).
import { definePlugin, ExpressiveCodeAnnotation, type AnnotationRenderOptions } from 'astro-expressive-code';
import { h } from 'astro-expressive-code/hast';
import { catalogue } from '../catalogue/catalogue.ts';
import { typeHovers } from './type-info.ts';

class TypeHoverAnnotation extends ExpressiveCodeAnnotation {
  readonly text: string;
  /** '0': the block's Tab stop; '-1': reached by the arrow keys; undefined: a repeat of a name. */
  readonly tabindex: '0' | '-1' | undefined;
  constructor(options: { columnStart: number; columnEnd: number; text: string; tabindex: '0' | '-1' | undefined }) {
    super({ inlineRange: { columnStart: options.columnStart, columnEnd: options.columnEnd } });
    this.text = options.text;
    this.tabindex = options.tabindex;
  }

  render({ nodesToTransform }: AnnotationRenderOptions) {
    return nodesToTransform.map((node, index) =>
      h('span', { class: 'type-hover', 'data-type': this.text, tabindex: index === 0 ? this.tabindex : undefined }, [node]),
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
            new TypeHoverAnnotation({
              columnStart: hover.start,
              columnEnd: hover.end,
              text: hover.text,
              tabindex: seen.has(name) ? undefined : seen.size === 0 ? '0' : '-1',
            }),
          );
          seen.add(name);
        }
      },
    },
    baseStyles: `
      .type-hover { border-radius: 2px; }
      .type-hover:hover, .type-hover:focus-visible { background: color-mix(in srgb, currentColor 14%, transparent); }
      .type-hover:focus-visible { outline: 2px solid var(--sl-color-text-accent); outline-offset: 1px; }
    `,
  });
}
