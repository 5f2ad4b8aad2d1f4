// A Markdown (Sätteri mdast) plugin: counts what each `##` section of a page gives a reader to read,
// the words of its prose and the lines of its code (fences, and the samples its <Example> and
// <Diagnostics> tags show, from the catalogue, and the build track's files its <CapstoneCode> tags show), and puts them in the page's frontmatter as
// `readingStats` (Astro's remarkPluginFrontmatter). The onboarding path computes its times from
// them (src/content-pipeline/reading-time.ts), so a time on the site follows the page as it is edited.
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext } from 'satteri';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { catalogue, type Catalogue } from '../catalogue/catalogue.ts';
import { capstoneExcerpt } from '../capstone/capstone-regions.ts';
import { countLines, countWords, type SectionStats } from './reading-time.ts';

/** The frontmatter key; src/astro/reading-stats.ts reads it back. */
export const READING_STATS_KEY = 'readingStats';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attr(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The sections of a page's tree, in order; headings get the anchors Astro gives them (github-slugger, in document order). */
export function readingStats(root: Root, examples: Catalogue): SectionStats[] {
  const slugger = new GithubSlugger();
  const sections: SectionStats[] = [{ anchor: undefined, title: '', anchors: [], words: 0, codeLines: 0 }];
  const current = (): SectionStats => sections[sections.length - 1] as SectionStats;
  visit(root, (node) => {
    switch (node.type) {
      case 'heading': {
        const title = toString(node);
        const anchor = slugger.slug(title);
        if (node.depth === 2) sections.push({ anchor, title, anchors: [], words: 0, codeLines: 0 });
        current().anchors.push(anchor);
        current().words += countWords(title);
        return SKIP;
      }
      case 'text':
      case 'inlineCode':
        current().words += countWords(node.value);
        return SKIP;
      case 'code':
        current().codeLines += countLines(node.value);
        return SKIP;
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
        return SKIP;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const file = attr(node, 'file');
        // A pair's Python twin (`slot="python"`) is the other tab of the same lesson: a reader reads one.
        if (node.name === 'Example' && file && attr(node, 'slot') === undefined) current().codeLines += countLines(examples.sample(file, attr(node, 'region')).excerpt.code);
        else if (node.name === 'Diagnostics' && file) current().codeLines += countLines(examples.file(file).whole.code);
        else if (node.name === 'CapstoneCode' && file) current().codeLines += countLines(capstoneExcerpt(examples.root, { file, region: attr(node, 'region') }).excerpt.code);
        return CONTINUE;
      }
      default:
        return CONTINUE;
    }
  });
  // A page that starts with a heading has nothing before it.
  return sections[0]?.words === 0 && sections[0].codeLines === 0 ? sections.slice(1) : sections;
}

/** The plugin entry for Sätteri's `mdastPlugins`; `getCatalogue` lets fixture tests use a fixture tree. */
export function readingStatsPlugin(getCatalogue: () => Catalogue = catalogue) {
  return ({ sourceFormat }: PluginFactoryContext): MdastPluginDefinition | undefined => {
    if (sourceFormat !== 'mdx') return undefined;
    return {
      name: 'awaited-reading-stats',
      after: (root, ctx) => {
        const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
        if (!astro?.frontmatter) throw new Error('awaited-reading-stats: no ctx.data.astro.frontmatter; is this running inside Astro\'s Sätteri processor?');
        astro.frontmatter[READING_STATS_KEY] = readingStats(root, getCatalogue());
      },
    };
  };
}
