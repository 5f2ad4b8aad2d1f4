// A Markdown (Sätteri mdast) plugin: on every page under content/docs/ but the glossary itself,
// the first use in prose of each glossary term becomes a link to the term on the glossary page.
// Prose is text outside headings, aside titles, code, links and JSX attributes (which are not
// text nodes). A page that links a term to the glossary by hand keeps that link and gets no
// automatic one for the term: that is how a page whose first "signal" means something else
// puts the link where the word means the term. The links are ordinary `link` nodes, so Starlight
// styles them and the site check verifies their anchors.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Link, Root, Text } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { GLOSSARY_FILE, glossary, type SiteGlossary } from './glossary.ts';
import { projectRoot } from '../cli/project-root.ts';

/** Nodes whose text is not prose, or is a link already; nothing inside them is linked. */
const NOT_PROSE = new Set([
  'heading', 'code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'yaml', 'toml',
  'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'math', 'inlineMath',
]);

/** The glossary anchor a link points at, for a hand-written link to a term. */
function glossaryAnchor(url: string, glossaryUrl: string): string | undefined {
  return url.startsWith(glossaryUrl + '#') ? url.slice(glossaryUrl.length + 1) : undefined;
}

/** The text nodes of prose, in document order: nothing under a NOT_PROSE node or an aside's title. */
function proseText(tree: Root): Text[] {
  const found: Text[] = [];
  visit(tree, (node) => {
    if (NOT_PROSE.has(node.type) || (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return SKIP;
    if (node.type === 'text') found.push(node);
    return CONTINUE;
  });
  return found;
}

/**
 * The plugin entry for Sätteri's `mdastPlugins`: one instance per page. `root` and `getGlossary`
 * let the fixture tests point it at a fixture tree.
 */
export function glossaryLinksPlugin(root = projectRoot(), getGlossary: () => SiteGlossary = glossary) {
  return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition | undefined => {
    if (!fileURL) return undefined;
    const page = path.relative(root, fileURLToPath(fileURL)).split(path.sep).join('/');
    if (!page.startsWith('content/docs/') || page === GLOSSARY_FILE) return undefined;
    const terms = getGlossary();
    return {
      name: 'awaited-glossary-links',
      after: (tree, ctx) => {
        const handLinked = new Set<string>();
        visit(tree, 'link', (link) => {
          const anchor = glossaryAnchor(link.url, terms.url);
          if (anchor !== undefined) handLinked.add(anchor);
        });
        const pending = new Set(terms.terms.filter((t) => t.uses.length > 0 && !handLinked.has(t.anchor)).map((t) => t.anchor));
        for (const text of proseText(tree)) {
          if (pending.size === 0) break;
          const uses = terms.findUses(text.value, pending);
          if (uses.length === 0) continue;
          const replacement: (Text | Link)[] = [];
          let at = 0;
          for (const use of uses) {
            if (use.start > at) replacement.push({ type: 'text', value: text.value.slice(at, use.start) });
            replacement.push({ type: 'link', url: `${terms.url}#${use.anchor}`, children: [{ type: 'text', value: text.value.slice(use.start, use.end) }] });
            at = use.end;
            pending.delete(use.anchor);
          }
          if (at < text.value.length) replacement.push({ type: 'text', value: text.value.slice(at) });
          ctx.replaceNode(text, replacement);
        }
      },
    };
  };
}
