// An Expressive Code plugin that marks identifiers in samples with their TypeScript types. The
// Example component passes `sample=<file>#<region>` in the block's meta; the types come from the
// shared language service in type-info.ts. The first occurrence of each name in a block is
// focusable, so keyboard users get the same information without a tab stop per token.
import { definePlugin, ExpressiveCodeAnnotation, type AnnotationRenderOptions } from 'astro-expressive-code';
import { h } from 'astro-expressive-code/hast';
import { readFileSync } from 'node:fs';
import { extractRegion, wholeFile } from '../lib/regions.ts';
import { examplePath } from '../runner/paths.ts';
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
        const sample = codeBlock.metaOptions.getString('sample');
        if (!sample) return;
        const [file = '', region] = sample.split('#');
        const source = readFileSync(examplePath(file), 'utf8');
        const excerpt = region ? extractRegion(source, region) : wholeFile(source);
        const seen = new Set<string>();
        for (const hover of typeHovers(file, excerpt)) {
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
