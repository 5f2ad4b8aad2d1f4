// An Expressive Code plugin that marks identifiers in samples with their TypeScript types. The
// Example component passes the sample's catalogue key in the block's meta (`sample=…`); the types
// come from the shared language service in type-info.ts. Keyboard users reach them without a Tab stop
// per token: a block's first hover is its one Tab stop, and the arrow keys move to every other hover
// from there (a roving tabindex, in TypeHovers.astro). A repeat of a name with the type its first
// occurrence shows has no hover. Expressive Code comes through Starlight's re-export, so the plugin
// API is always the one Starlight renders with (no second pinned copy to keep in step).
import { definePlugin, ExpressiveCodeAnnotation, type AnnotationRenderOptions } from '@astrojs/starlight/expressive-code';
import { h } from '@astrojs/starlight/expressive-code/hast';
import { catalogue } from '../catalogue/catalogue.ts';
import { typeHovers } from './type-info.ts';

class TypeHoverAnnotation extends ExpressiveCodeAnnotation {
  readonly text: string;
  /** '0': the block's Tab stop; the others are reached by the arrow keys (TypeHovers.astro sets their tabindex then). */
  readonly tabindex: '0' | undefined;
  constructor(options: { columnStart: number; columnEnd: number; text: string; tabindex: '0' | undefined }) {
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
        // The type each name showed first: a later occurrence with the same type gets no hover of
        // its own (it would repeat the first, and each hover costs page weight).
        const seen = new Map<string, string>();
        for (const hover of typeHovers(sample.file, sample.excerpt)) {
          const line = codeBlock.getLine(hover.line);
          if (!line) continue;
          const name = line.text.slice(hover.start, hover.end);
          if (seen.get(name) === hover.text) continue;
          line.addAnnotation(
            new TypeHoverAnnotation({
              columnStart: hover.start,
              columnEnd: hover.end,
              text: hover.text,
              tabindex: seen.size === 0 ? '0' : undefined,
            }),
          );
          if (!seen.has(name)) seen.set(name, hover.text);
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
