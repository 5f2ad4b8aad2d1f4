// A Markdown (Sätteri mdast) plugin: finds every sample tag (<Example>, <Diagnostics>, <Measure>,
// <BarChart>, <Timeline>, <RuntimeBadges>, <CapstoneCode>, and the <Pair> of a sample and its Python twin) where it
// stands in a page, checks it against the catalogue, and fails
// the build with page:line:column and a hint. Code fences are `code` nodes, so a tag inside one is
// never taken for a tag. It gives each <Example> its page-unique anchor and each tag its location
// (the `where` attribute), which the components use in their own errors. A self-check that asks
// the reader to predict a sample's output must name a sample the page shows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { MdastPluginDefinition, MdxJsxAttributeNode as MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext } from 'satteri';
import { catalogue, CatalogueError, type Catalogue } from '../catalogue/catalogue.ts';
import { expectedPathOf, languageOf, SOURCE_EXTENSIONS as SOURCES } from '../formats/example-id.ts';
import { staleInDev } from '../catalogue/stale-in-dev.ts';
import { barChartAnswer, diagnosticsAnswer, exampleAnswer, measureAnswer, runtimeBadgesAnswer, timelineAnswer } from '../catalogue/tag-answers.ts';
import { capstoneExcerpt } from '../capstone/capstone-regions.ts';
import { misplacedOutputs } from './output-placement.ts';
import { predictedSample } from './reading-order.ts';
import { assignAnchors, type ShownSample } from './sample-anchors.ts';
import { continuedSamples } from './sample-groups.ts';

type Tag = MdxJsxFlowElement | MdxJsxTextElement;
const TAGS = new Set(['Example', 'Diagnostics', 'Measure', 'BarChart', 'Timeline', 'RuntimeBadges', 'CapstoneCode']);

function attribute(tag: Tag, name: string): MdxJsxAttribute | undefined {
  return tag.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A string attribute's literal value; an expression (`file={x}`) is refused: the build must see the value. */
function literal(tag: Tag, name: string): string | undefined {
  const value = attribute(tag, name)?.value;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`${name}={…} must be a literal: write ${name}="…"`);
  return value;
}

function required(tag: Tag, name: string): string {
  const value = literal(tag, name);
  if (value === undefined || value === '') throw new Error(`needs a ${name}="…" attribute`);
  return value;
}

/** The tag's attributes with `added` set (replacing any of the same name). */
function withAttributes(tag: Tag, added: Record<string, string>): Tag['attributes'] {
  const kept = tag.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || !(a.name in added));
  return [...kept, ...Object.entries(added).map(([name, value]): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value }))];
}

/** A literal list of [label, measurement name] pairs: `bars={[["sequential", "perOne"], …]}`. */
function barsOf(tag: Tag): [string, string][] {
  const bars = attribute(tag, 'bars')?.value;
  const text = typeof bars === 'object' && bars !== null ? bars.value : undefined;
  let parsed: unknown;
  try {
    parsed = text === undefined ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((b) => Array.isArray(b) && b.length === 2 && b.every((s) => typeof s === 'string'))) {
    throw new Error('bars={[["label", "measurement"], …]} must be a literal list of [label, measurement name] pairs in double quotes');
  }
  return parsed as [string, string][];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A boolean attribute: `claim` alone or `claim={true}`. */
function flag(tag: Tag, name: string): boolean {
  const found = attribute(tag, name);
  if (!found) return false;
  const value = found.value;
  return value === null || value === undefined || (typeof value === 'object' && value.value.trim() === 'true');
}

/**
 * Reads one tag's attributes (throwing on what the build cannot see) and asks the catalogue the
 * same question its component will (src/catalogue/tag-answers.ts). Returns the sample an <Example>
 * shows, even when its answer is a problem: a self-check may predict it. Under `astro dev`, a
 * record a refresh would fix is no problem: the component shows a banner.
 */
function checkTag(examples: Catalogue, tag: Tag, where: string, dev: boolean): { sample?: ShownSample; problem?: string } {
  const ask = (answer: () => unknown): { problem?: string } => {
    try {
      answer();
      return {};
    } catch (error) {
      return staleInDev(error, dev) ? {} : { problem: messageOf(error) };
    }
  };
  switch (tag.name) {
    case 'Example': {
      const file = required(tag, 'file');
      const region = literal(tag, 'region');
      return { sample: { file, region, where }, ...ask(() => exampleAnswer(examples, { file, region })) };
    }
    case 'Diagnostics': {
      const file = required(tag, 'file');
      return ask(() => diagnosticsAnswer(examples, { file }));
    }
    case 'RuntimeBadges': {
      const file = required(tag, 'file');
      const claims = { passes: literal(tag, 'passes'), fails: literal(tag, 'fails'), differs: literal(tag, 'differs'), varies: literal(tag, 'varies') };
      return ask(() => runtimeBadgesAnswer(examples, { file, ...claims }));
    }
    case 'Measure': {
      const example = required(tag, 'example');
      const name = required(tag, 'name');
      const claim = flag(tag, 'claim');
      return ask(() => measureAnswer(examples, { example, name, claim }));
    }
    case 'BarChart': {
      const example = required(tag, 'example');
      const bars = barsOf(tag);
      return ask(() => barChartAnswer(examples, { example, bars }));
    }
    case 'Timeline': {
      const example = required(tag, 'example');
      required(tag, 'caption');
      const groups = literal(tag, 'groups');
      return ask(() => timelineAnswer(examples, { example, groups }));
    }
    case 'CapstoneCode': {
      // A file of the build track (capstone/), not an example: no record, so nothing for dev to excuse.
      const file = required(tag, 'file');
      const region = literal(tag, 'region');
      return ask(() => capstoneExcerpt(examples.root, { file, region }));
    }
    default:
      return {};
  }
}

/**
 * What is wrong with a <Pair>, if anything: it holds a TypeScript <Example> and its Python twin
 * (`slot="python"`), nothing else, so its two tabs show the same lesson in each language.
 */
function pairProblem(pair: Readonly<Tag>): string | undefined {
  const usage = '<Pair><Example file="X/name.ts" region="R" /><Example file="X/name.py" region="R" slot="python" /></Pair>';
  const children = pair.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const examples = children.filter((c): c is MdxJsxFlowElement => (c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'Example');
  if (examples.length !== children.length) return `holds only two <Example> tags: ${usage}`;
  const typescript = examples.filter((e) => literal(e, 'slot') === undefined);
  const python = examples.filter((e) => literal(e, 'slot') === 'python');
  if (typescript.length !== 1 || python.length !== 1 || examples.length !== 2) return `needs one TypeScript <Example> and one Python <Example … slot="python" />: ${usage}`;
  const language = (tag: Tag): string | undefined => {
    const file = literal(tag, 'file');
    return file && SOURCES.some((extension) => file.endsWith(extension)) ? languageOf(file) : undefined; // the <Example> reports a missing or unknown file itself
  };
  const [ts, py] = [typescript[0] as Tag, python[0] as Tag];
  if (language(ts) === 'python') return `its TypeScript tab shows ${literal(ts, 'file') ?? ''}, a Python file: ${usage}`;
  if (language(py) === 'typescript') return `its slot="python" tab shows ${literal(py, 'file') ?? ''}, which is not a Python file: ${usage}`;
  return undefined;
}

/** `output={false}` hides the file's output under this sample; anything else shows it. */
function showsOutput(tag: Tag): boolean {
  const value = attribute(tag, 'output')?.value;
  return !(typeof value === 'object' && value !== null && value.value.trim() === 'false');
}

function describe(tag: Tag): string {
  const shown = tag.attributes
    .flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && ['file', 'region', 'example', 'name'].includes(a.name) ? [`${a.name}="${a.value}"`] : []));
  return `<${tag.name ?? ''}${shown.length > 0 ? ' ' + shown.join(' ') : ''}>`;
}

/**
 * A self-check that asks the reader to predict an output (`readingPath.selfCheck[].predict` in the
 * page's frontmatter) must name a sample this page shows, one that prints something: its answer is
 * that sample's verified output.
 */
function predictionProblems(page: string, source: () => string, data: unknown, shown: ShownSample[], examples: Catalogue): string[] {
  const frontmatter = (data as { astro?: { frontmatter?: { readingPath?: { selfCheck?: { predict?: unknown }[] } } } }).astro?.frontmatter;
  const predicts = (frontmatter?.readingPath?.selfCheck ?? []).flatMap((check) => (typeof check.predict === 'string' ? [check.predict] : []));
  return predicts.flatMap((predict) => {
    // The frontmatter is not in the tree: its line comes from the file, read only to report one.
    const where = (): string => `${page}:${source().split('\n').findIndex((text) => text.includes('predict:') && text.includes(predict)) + 1}`;
    const { file, region } = predictedSample(predict);
    if (!shown.some((s) => s.file === file && s.region === region)) {
      const here = shown.filter((s) => s.file === file).map((s) => (s.region ? `${s.file}#${s.region}` : s.file));
      return [`${where()}: the self-check predicts ${predict}, which this page does not show${here.length > 0 ? ` (it shows ${here.join(', ')})` : ''}: predict a sample the reader has seen`];
    }
    let output: string;
    try {
      output = examples.sample(file, region).output;
    } catch (error) {
      // Its tag has reported it already (or, in `astro dev`, shows a stale record's banner).
      if (error instanceof CatalogueError) return [];
      throw error;
    }
    if (output.trim() === '') {
      return [`${where()}: the self-check predicts ${predict}, which prints nothing of its own; mark its lines in examples/${expectedPathOf(file)} with // #region ${region ?? ''}, or predict another sample`];
    }
    return [];
  });
}

/**
 * The plugin entry for Sätteri's `mdastPlugins`: one instance per MDX page. `getCatalogue` lets
 * the fixture tests point it at a fixture tree; `dev` (under `astro dev`) leaves a stale or missing
 * record to the component's banner instead of failing the page.
 */
export function sampleTagsPlugin(getCatalogue: () => Catalogue = catalogue, { dev = false }: { dev?: boolean } = {}) {
  return ({ fileURL, sourceFormat, source }: PluginFactoryContext): MdastPluginDefinition | undefined => {
    if (sourceFormat !== 'mdx' || !fileURL) return undefined;
    const examples = getCatalogue();
    const page = path.relative(examples.root, fileURLToPath(fileURL)).split(path.sep).join('/');
    const problems: string[] = [];
    const tags: { tag: Tag; where: string; sample: ShownSample | undefined }[] = [];
    // Every <Example> the page shows, resolved or not: a self-check may predict one whose own tag failed.
    const attempted: ShownSample[] = [];
    const visitTag = (tag: Readonly<Tag>): void => {
      if (tag.name === 'Pair') {
        const problem = pairProblem(tag);
        if (problem) problems.push(`${page}:${tag.position?.start.line ?? 0}:${tag.position?.start.column ?? 0}: <Pair>: ${problem}`);
        return;
      }
      if (!tag.name || !TAGS.has(tag.name)) return;
      const where = `${page}:${tag.position?.start.line ?? 0}:${tag.position?.start.column ?? 0}`;
      let checked: ReturnType<typeof checkTag>;
      try {
        checked = checkTag(examples, tag, where, dev);
      } catch (error) {
        checked = { problem: messageOf(error) };
      }
      const { sample, problem } = checked;
      if (problem !== undefined) {
        problems.push(`${where}: ${describe(tag)}: ${problem}`);
        if (sample) attempted.push(sample);
      }
      tags.push({ tag, where, sample: problem === undefined ? sample : undefined });
    };
    return {
      name: 'awaited-sample-tags',
      options: { position: true },
      mdxJsxFlowElement: visitTag,
      mdxJsxTextElement: visitTag,
      after: (_root, ctx) => {
        const shown = tags.filter((t) => t.sample !== undefined);
        let anchors: ReturnType<typeof assignAnchors> = [];
        try {
          anchors = assignAnchors(shown.map((t) => t.sample as ShownSample));
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
        }
        const examplesShown = shown.filter((t) => t.tag.name === 'Example');
        problems.push(
          ...misplacedOutputs(
            examplesShown.map((t) => ({ ...(t.sample as ShownSample), showsOutput: showsOutput(t.tag) })),
            // A file whose .out marks regions shows each region's lines under that region instead.
            (file) => examples.file(file).expected !== '' && Object.keys(examples.file(file).output.regions).length === 0,
          ),
        );
        problems.push(...predictionProblems(page, () => readFileSync(fileURLToPath(fileURL), 'utf8'), ctx.data, [...examplesShown.map((t) => t.sample as ShownSample), ...attempted], examples));
        if (problems.length > 0) {
          throw new AstroError(
            `${problems.length === 1 ? 'A sample tag does' : `${problems.length} sample tags do`} not resolve:\n${problems.join('\n')}`,
            'Fix the tag or the example it names; `npm run refresh -- <file>` writes a missing or stale record.',
          );
        }
        // A page holds each file's whole text once, under the first of its samples that offers
        // "Copy whole file"; the file's later samples copy it from there.
        const holders = new Map<string, string>();
        for (const t of examplesShown) {
          const sample = t.sample as ShownSample;
          const anchor = anchors[shown.indexOf(t)]?.anchor;
          if (anchor && !holders.has(sample.file) && !examples.isWholeProgram(sample.file, sample.region)) holders.set(sample.file, anchor);
        }
        // A sample right after another of its file shares that one's caption (sample-groups.ts).
        const continued = continuedSamples(
          examplesShown.map((t) => ({ file: (t.sample as ShownSample).file, start: t.tag.position?.start.offset ?? 0, end: t.tag.position?.end.offset ?? 0 })),
          source,
        );
        const continues = new Map<Tag, string>();
        examplesShown.forEach((t, i) => {
          const previous = examplesShown[continued[i] ?? -1];
          const anchor = previous && anchors[shown.indexOf(previous)]?.anchor;
          if (anchor) continues.set(t.tag, anchor);
        });
        for (const { tag, where, sample } of tags) {
          const index = shown.findIndex((t) => t.tag === tag);
          const anchor = anchors[index];
          const holder = tag.name === 'Example' && sample ? holders.get(sample.file) : undefined;
          const continuing = continues.get(tag);
          const added: Record<string, string> = {
            where,
            ...(anchor ? { anchor: anchor.anchor, ...(anchor.alias ? { alias: anchor.alias } : {}) } : {}),
            ...(holder && holder !== anchor?.anchor ? { fileIn: holder } : {}),
            ...(continuing ? { continues: continuing } : {}),
          };
          // Sätteri sets no `attributes` in place: the tag is replaced by a copy that has them.
          ctx.replaceNode(tag, { ...tag, attributes: withAttributes(tag, added), children: [...tag.children] } as Tag);
        }
      },
    };
  };
}
