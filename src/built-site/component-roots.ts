// How to find a component's output in built HTML, read from the component's own source: the first
// HTML element its template writes that names itself, by its classes (Starlight's shared
// `not-content` aside) or, with none, its `data-*` attributes. The browser suite gives the first
// page holding each component the full checks, so a new component is covered without a list.

export interface ComponentRoot {
  /** Every one of these classes is on the element… */
  classes: string[];
  /** …or, when it has no class of its own, these data attributes. */
  data: string[];
}

/** Classes every figure of the site shares, which say nothing about the component. */
const SHARED_CLASSES = new Set(['not-content']);

/** The opening tags of HTML elements (lower-case names; components are capitalised) in a template, with their attribute text. */
function* openingTags(template: string): Generator<{ name: string; attributes: string }> {
  let i = 0;
  while ((i = template.indexOf('<', i)) !== -1) {
    const name = /^<([a-z][\w-]*)/.exec(template.slice(i, i + 64))?.[1];
    if (!name) {
      i++;
      continue;
    }
    // The tag ends at the first `>` outside quotes and `{…}` expressions (an arrow function's `=>`).
    let j = i + 1 + name.length;
    let depth = 0;
    let quote = '';
    for (; j < template.length; j++) {
      const c = template[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    yield { name, attributes: template.slice(i + 1 + name.length, j) };
    i = j;
  }
}

/** The root of an `.astro` component's output, or undefined when no element of it has a class or data attribute. */
export function componentRoot(source: string): ComponentRoot | undefined {
  const template = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  for (const { attributes } of openingTags(template)) {
    const classes = (/(?:^|\s)class="([^"]*)"/.exec(attributes)?.[1] ?? '').split(/\s+/).filter((c) => c !== '' && !SHARED_CLASSES.has(c));
    const data = [...attributes.matchAll(/(?:^|\s)(data-[\w-]+)(?=[\s=/]|$)/g)].map((m) => m[1] ?? '');
    if (classes.length > 0) return { classes, data: [] };
    if (data.length > 0) return { classes: [], data };
  }
  return undefined;
}

/** Whether built HTML holds an element with the root's classes (all of them) or data attributes. */
export function holdsRoot(html: string, root: ComponentRoot): boolean {
  if (root.classes.length > 0) {
    return [...html.matchAll(/\sclass="([^"]*)"/g)].some((m) => {
      const present = new Set((m[1] ?? '').split(/\s+/));
      return root.classes.every((c) => present.has(c));
    });
  }
  return [...html.matchAll(/<[a-z][^>]*>/g)].some((tag) => root.data.every((d) => new RegExp(`\\s${d}(?=[\\s=/>])`).test(tag[0])));
}
