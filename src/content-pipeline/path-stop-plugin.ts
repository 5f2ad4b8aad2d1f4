// A Markdown (Sätteri mdast) plugin: on a page that a section of the onboarding path reads only up
// to a heading (`firstParts` in src/content-pipeline/sidebar.ts), a stop marker just before that
// heading, linking back to the page's step on the path, so a reader following "read up to X" sees
// where to stop. The marker is a rule and a paragraph with a class and no id, placed after the other plugins
// have run (so it is neither counted as reading nor glossary-linked), and the headings keep their ids.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { projectRoot } from '../cli/project-root.ts';
import { docsEntryId } from './docs-entry-id.ts';
import { stepAnchor, type SidebarGroup } from './reading-order.ts';

/** The onboarding page, where the markers link back to. */
export const ONBOARDING_URL = '/start/onboarding/';

/** The class of the marker's element (tests find it by it). */
export const PATH_STOP_CLASS = 'path-stop';

export interface PathStop {
  /** The heading anchor the section reads up to. */
  until: string;
  /** The section that reads the page in part, and the one the rest of it opens. */
  section: string;
  nextSection: string;
  /** The page's step on the onboarding page. */
  backTo: string;
}

/** Every page that a section reads only in part, by slug, with where its marker goes and links. */
export function pathStops(groups: readonly SidebarGroup[]): Map<string, PathStop> {
  const stops = new Map<string, PathStop>();
  for (const [index, group] of groups.entries()) {
    const next = groups.slice(index + 1).find((g) => g.items.length > 0);
    for (const [slug, { until }] of Object.entries(group.path?.firstParts ?? {})) {
      stops.set(slug, {
        until,
        section: group.path?.title ?? group.label,
        nextSection: next?.path?.title ?? next?.label ?? '',
        backTo: `${ONBOARDING_URL}#${stepAnchor({ slug })}`,
      });
    }
  }
  return stops;
}

/** The marker, as an mdast paragraph rendered `<p class="path-stop">`. */
export function pathStopNode(stop: PathStop): Paragraph {
  // What the HTML element gets (mdast-util-to-hast's hProperties); kept out of search, as page furniture.
  const data = { hProperties: { className: [PATH_STOP_CLASS], 'data-pagefind-ignore': '' } } as Paragraph['data'];
  return {
    type: 'paragraph',
    data,
    children: [
      { type: 'strong', children: [{ type: 'text', value: `${stop.section}: stop here.` }] },
      { type: 'text', value: ` The rest of this page comes in “${stop.nextSection}”. ` },
      { type: 'link', url: stop.backTo, children: [{ type: 'text', value: 'Back to the onboarding path' }] },
    ],
  };
}

/** The `##` heading whose id (github-slugger over every heading, in document order, as Astro makes them) is `anchor`. */
function headingWithAnchor(tree: Root, anchor: string): Heading | undefined {
  const slugger = new GithubSlugger();
  let found: Heading | undefined;
  visit(tree, 'heading', (heading) => {
    if (slugger.slug(toString(heading)) === anchor && heading.depth === 2) found ??= heading;
    return SKIP;
  });
  return found;
}

/**
 * The plugin entry for Sätteri's `mdastPlugins`: one instance per page under content/docs/.
 * `root` lets fixture tests point it at a fixture tree; `sidebarFile` is named in its error.
 */
export function pathStopPlugin(groups: readonly SidebarGroup[], sidebarFile: string, root = projectRoot()) {
  const stops = pathStops(groups);
  return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition | undefined => {
    if (!fileURL) return undefined;
    const page = path.relative(root, fileURLToPath(fileURL)).split(path.sep).join('/');
    if (!page.startsWith('content/docs/')) return undefined;
    const slug = docsEntryId({ entry: page, data: {} });
    const stop = stops.get(slug);
    if (!stop) return undefined;
    return {
      name: 'awaited-path-stop',
      after: (tree, ctx) => {
        const heading = headingWithAnchor(tree, stop.until);
        if (!heading) throw new Error(`${sidebarFile}: "${stop.section}" reads ${slug} up to #${stop.until}, but ${page} has no "## " heading with that anchor; name one of its headings' anchors in firstParts`);
        // A rule across the text (Starlight's own <hr> style, so no stylesheet of ours grows on every page), then the note.
        ctx.insertBefore(heading, [{ type: 'thematicBreak' }, pathStopNode(stop)]);
      },
    };
  };
}
