import { describe, expect, it } from 'vitest';
import { componentRoot, holdsRoot } from '../../src/built-site/component-roots.ts';

const astro = (template: string) => `---\nconst { file } = Astro.props;\nconst x = '<b class="no">';\n---\n${template}`;

describe('componentRoot', () => {
  it('is the first element with a class, without the shared not-content', () => {
    expect(componentRoot(astro('<figure class="bar-chart not-content">\n  <div class="bar-chart-picture" />\n</figure>'))).toEqual({ classes: ['bar-chart'], data: [] });
  });

  it('skips components, scripts, styles and elements that name nothing', () => {
    const source = astro('<script>\n  const t = document.querySelector<HTMLElement>(".x");\n</script>\n<Code code={c} />\n<p>\n  <a href={url} title={a > b ? "x" : "y"}>go</a><span class="hint">x</span>\n</p>\n<style>\n  .other { color: red; }\n</style>');
    expect(componentRoot(source)).toEqual({ classes: ['hint'], data: [] });
  });

  it('does not end a tag at an arrow function inside an expression', () => {
    expect(componentRoot(astro('<span title={items.map((i) => i.name).join(", ")} data-kind={kind}>x</span>'))).toEqual({ classes: [], data: ['data-kind'] });
  });

  it('takes data attributes when the element has no class of its own', () => {
    expect(componentRoot(astro('<figure class="not-content" data-project-file={file}>\n</figure>'))).toEqual({ classes: [], data: ['data-project-file'] });
  });

  it('is undefined for a component that writes plain elements', () => {
    expect(componentRoot(astro('<code>{name}@{version}</code>'))).toBeUndefined();
  });

  it('reads a conditional root inside an expression', () => {
    expect(componentRoot(astro('{\n  files && (\n    <p class="sample-get" data-pagefind-ignore>\n      Uses\n    </p>\n  )\n}'))).toEqual({ classes: ['sample-get'], data: [] });
  });
});

describe('holdsRoot', () => {
  it('needs every class of the root on one element', () => {
    const html = '<figure class="sample not-content"><p class="broken"></p></figure>';
    expect(holdsRoot(html, { classes: ['sample'], data: [] })).toBe(true);
    expect(holdsRoot(html, { classes: ['sample', 'broken'], data: [] })).toBe(false);
    expect(holdsRoot('<figure class="sample broken not-content">', { classes: ['sample', 'broken'], data: [] })).toBe(true);
  });

  it('does not take a class for a longer one that starts with it', () => {
    expect(holdsRoot('<a class="measure-claim">', { classes: ['measure'], data: [] })).toBe(false);
  });

  it('finds data attributes on one element, with or without a value', () => {
    expect(holdsRoot('<figure class="not-content" data-project-file="tsconfig.json">', { classes: [], data: ['data-project-file'] })).toBe(true);
    expect(holdsRoot('<figure data-project-files="x">', { classes: [], data: ['data-project-file'] })).toBe(false);
  });
});
