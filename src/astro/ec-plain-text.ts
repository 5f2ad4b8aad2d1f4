// Text in the code's own colour needs no span. Shiki gives every token one, whitespace and
// punctuation included, and Expressive Code writes each as `<span style="--0:#E1E4E8;--1:#24292E">`
// (one colour per theme): on the heaviest guides that markup alone was about 2 KB of the 50 KB gz
// budget. The block's own colour is the theme's foreground, so text in that colour reads the same
// without its span. Spans with a class (EC's `indent`, the type hovers) or any other style stay.
import { definePlugin } from '@astrojs/starlight/expressive-code';
import { visit, type Element } from '@astrojs/starlight/expressive-code/hast';

/** Whether an inline style only sets each theme's token colour to that theme's foreground. */
export function isForegroundOnly(style: string, foregrounds: readonly string[]): boolean {
  const declarations = style.split(';').filter((part) => part.trim() !== '');
  if (declarations.length !== foregrounds.length) return false;
  return declarations.every((declaration) => {
    const [name = '', value = ''] = declaration.split(':').map((part) => part.trim());
    const variant = /^--(\d+)$/.exec(name)?.[1];
    return variant !== undefined && value.toLowerCase() === foregrounds[Number(variant)]?.toLowerCase();
  });
}

/** Replaces each span that only paints text in the foreground by its text, in place. */
export function unwrapForegroundSpans(tree: Element, foregrounds: readonly string[]): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'span' || parent === undefined || index === undefined) return;
    const { style, ...others } = node.properties;
    if (typeof style !== 'string' || Object.keys(others).length > 0 || !isForegroundOnly(style, foregrounds)) return;
    parent.children.splice(index, 1, ...node.children);
    return index; // visit what took its place
  });
}

export function pluginPlainText() {
  return definePlugin({
    name: 'awaited-plain-text',
    hooks: {
      postprocessRenderedBlock: ({ config, renderData }) => {
        unwrapForegroundSpans(renderData.blockAst, config.themes.map((theme) => theme.fg));
      },
    },
  });
}
