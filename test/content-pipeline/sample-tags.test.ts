// The Markdown plugin on MDX pages, against the fixture tree: every tag is found where it stands,
// a broken one fails with page:line:column, a tag in a code fence is left alone, and clashing
// anchors are qualified with the old one kept as an alias.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { sampleTagsPlugin } from '../../src/content-pipeline/sample-tags-plugin.ts';

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'catalogue');
const examples = createCatalogue(fixture);
const pageUrl = pathToFileURL(path.join(fixture, 'content', 'docs', 'guides', 'page.mdx'));

/** `predict` stands for the page's frontmatter: the self-checks that ask for a prediction. */
function compile(mdx: string, predict: string[] = [], dev = false): string {
  const frontmatter = { readingPath: { selfCheck: predict.map((p) => ({ question: 'What does it print?', predict: p })) } };
  const data = { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const result = mdxToJs(mdx, { mdastPlugins: [sampleTagsPlugin(() => examples, { dev })], fileURL: pageUrl, data });
  // The plugin's visitors are synchronous, so the compile is too.
  if (result instanceof Promise) throw new Error('the compile went asynchronous');
  return result.code;
}

function failure(mdx: string, predict: string[] = []): string {
  try {
    compile(mdx, predict);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the page compiled');
}

describe('sample tags on a page', () => {
  it('gives each sample its anchor and each tag its location', () => {
    const js = compile('# Title\n\n<Example file="demo/good.ts" region="use" />\n\nText <Measure example="demo/good.ts" name="ratio" /> more.\n');
    expect(js).toContain('"sample-use"');
    expect(js).toContain('"content/docs/guides/page.mdx:3:1"');
    expect(js).toContain('"content/docs/guides/page.mdx:5:6"');
  });

  it('tells a sample that follows one of its file with nothing between them which one it continues', () => {
    // Text before the tags with characters of several UTF-16 units: the places are the source's offsets.
    const js = compile('# Tïtle — ✓ 😀\n\n<Example file="demo/marked.ts" region="said" />\n\n<Example file="demo/marked.ts" region="silent" />\n\n<Example file="demo/good.ts" region="use" />\n');
    expect(js.match(/continues: "[^"]*"/g)).toEqual(['continues: "sample-said"']);
    expect(compile('<Example file="demo/marked.ts" region="said" />\n\nProse between.\n\n<Example file="demo/marked.ts" region="silent" />\n')).not.toContain('continues');
  });

  it('qualifies clashing anchors and keeps the old one on the first', () => {
    const js = compile('<Example file="demo/good.ts" region="demo" />\n\n<Example file="demo/other.ts" region="demo" />\n');
    expect(js).toContain('"sample-good-demo"');
    expect(js).toContain('"sample-other-demo"');
    expect(js.match(/"sample-demo"/g)).toHaveLength(1);
  });

  it('refuses the same sample twice on a page', () => {
    expect(failure('<Example file="demo/good.ts" region="use" />\n\n<Example file="demo/good.ts" region="use" />\n')).toContain(
      'content/docs/guides/page.mdx:3:1: examples/demo/good.ts region "use" is already shown on this page (content/docs/guides/page.mdx:1:1); show it once and link to #sample-good-use',
    );
  });

  it('takes Python samples with the same tags, and refuses a missing Python file, region or record where the tag stands', () => {
    const js = compile('<Example file="py/greet.py" region="main" />\n\n<Diagnostics file="py/broken/forgot.py" />\n');
    expect(js).toContain('"sample-main"');
    expect(failure('<Example file="py/nowhere.py" />\n')).toContain('content/docs/guides/page.mdx:1:1: <Example file="py/nowhere.py">: examples/py/nowhere.py does not exist');
    expect(failure('\n<Example file="py/greet.py" region="nope" />\n')).toContain(
      'content/docs/guides/page.mdx:2:1: <Example file="py/greet.py" region="nope">: examples/py/greet.py: no region "nope" (regions in this file: main)',
    );
    expect(failure('<Example file="py/unclosed.py" />\n')).toContain('content/docs/guides/page.mdx:1:1: <Example file="py/unclosed.py">: examples/py/unclosed.py:1: region "open" is never closed');
    expect(failure('<Example file="py/leaks.py" />\n')).toContain('examples/py/leaks.py has no record; run `npm run refresh -- py/leaks.py`');
  });

  it('takes a <Pair> of a TypeScript sample and its Python twin, and refuses one that is not', () => {
    const pair = (inner: string): string => `<Pair>\n${inner}\n</Pair>\n`;
    const ts = '<Example file="demo/good.ts" region="use" />';
    const py = '<Example file="py/greet.py" region="main" slot="python" />';
    expect(() => compile(pair(`${ts}\n${py}`))).not.toThrow();
    const usage = '<Pair><Example file="X/name.ts" region="R" /><Example file="X/name.py" region="R" slot="python" /></Pair>';
    expect(failure(pair(ts))).toContain(`content/docs/guides/page.mdx:1:1: <Pair>: needs one TypeScript <Example> and one Python <Example … slot="python" />: ${usage}`);
    expect(failure(pair(`${ts}\n\nSome prose.\n\n${py}`))).toContain(`content/docs/guides/page.mdx:1:1: <Pair>: holds only two <Example> tags: ${usage}`);
    expect(failure(pair(`${ts}\n${ts.replace('/>', 'slot="python" />')}`))).toContain(
      `content/docs/guides/page.mdx:1:1: <Pair>: its slot="python" tab shows demo/good.ts, which is not a Python file: ${usage}`,
    );
  });

  it('names page:line:column and the file line for a broken region', () => {
    expect(failure('Intro.\n\n  <Example file="demo/unclosed.ts" />\n')).toContain(
      'content/docs/guides/page.mdx:3:3: <Example file="demo/unclosed.ts">: examples/demo/unclosed.ts:2: region "open" is never closed',
    );
  });

  it('lists every broken tag of a page in one error', () => {
    const message = failure('<Example file="demo/missing.ts" />\n\n<Measure example="demo/good.ts" name="speed" />\n\n<Example file="demo/stale.ts" />\n');
    expect(message).toContain('3 sample tags do not resolve');
    expect(message).toContain('content/docs/guides/page.mdx:1:1: <Example file="demo/missing.ts">: examples/demo/missing.ts does not exist');
    expect(message).toContain(
      'content/docs/guides/page.mdx:3:1: <Measure example="demo/good.ts" name="speed">: the record of examples/demo/good.ts has no measurement "speed" (it has: ratio)',
    );
    expect(message).toContain('content/docs/guides/page.mdx:5:1: <Example file="demo/stale.ts">: the record of examples/demo/stale.ts is older than its source; run `npm run refresh -- demo/stale.ts`');
  });

  it('refuses a claim the .out file does not make, and a file given as an expression', () => {
    expect(failure('<Measure example="demo/spans.ts" name="one-by-one.first.end" claim />\n')).toContain(
      'content/docs/guides/page.mdx:1:1: <Measure example="demo/spans.ts" name="one-by-one.first.end">: examples/demo/spans.out makes no claim about "one-by-one.first.end": write it as {{one-by-one.first.end >= N}} there, or drop `claim`',
    );
    expect(() => compile('<Measure example="demo/good.ts" name="ratio" claim />\n')).not.toThrow();
    expect(failure('<Example file={name} />\n')).toContain('content/docs/guides/page.mdx:1:1: <Example>: file={…} must be a literal: write file="…"');
  });

  it('refuses output above more of the same file, and takes it under the last sample', () => {
    expect(failure('<Example file="demo/good.ts" region="demo" />\n\n<Example file="demo/good.ts" region="use" />\n')).toContain(
      'content/docs/guides/page.mdx:1:1: <Example file="demo/good.ts" region="demo"> shows the output of examples/demo/good.ts, but the page shows more of that file below (content/docs/guides/page.mdx:3:1)',
    );
    expect(() => compile('<Example file="demo/good.ts" region="demo" output={false} />\n\n<Example file="demo/good.ts" region="use" />\n')).not.toThrow();
  });

  it('checks a timeline against the spans its example recorded', () => {
    expect(() => compile('<Timeline example="demo/spans.ts" groups="one-by-one" caption="Two tasks." />\n')).not.toThrow();
    expect(compile('<Timeline example="demo/spans.ts" groups="one-by-one" caption="Two tasks." />\n')).toContain('"content/docs/guides/page.mdx:1:1"');
    expect(failure('Text.\n\n<Timeline example="demo/spans.ts" groups="at-once" caption="c" />\n')).toContain(
      'content/docs/guides/page.mdx:3:1: <Timeline example="demo/spans.ts">: examples/demo/spans.ts: the run has no group "at-once" (it has: one-by-one, broken)',
    );
    expect(failure('<Timeline example="demo/spans.ts" caption="c" />\n')).toContain(
      'content/docs/guides/page.mdx:1:1: <Timeline example="demo/spans.ts">: examples/demo/spans.ts: task "broken.half" has no end: name it {{broken.half.end}} in the .out',
    );
    expect(failure('<Timeline example="demo/good.ts" caption="c" />\n')).toContain(
      "examples/demo/good.ts: the run has no spans: print each task's start and end and name them {{GROUP.TASK.start}} and {{GROUP.TASK.end}} in the .out",
    );
    expect(failure('<Timeline example="demo/spans.ts" groups="one-by-one" />\n')).toContain('<Timeline example="demo/spans.ts">: needs a caption="…" attribute');
  });

  it('under astro dev, leaves a stale or missing record to the banner, and still refuses anything else', () => {
    const page = '<Example file="demo/stale.ts" />\n\n<Measure example="demo/unrecorded.ts" name="x" />\n';
    const js = compile(page, ['demo/stale.ts'], true);
    expect(js).toContain('"sample-stale"');
    expect(failure(page)).toContain('2 sample tags do not resolve');
    expect(() => compile('<Example file="demo/missing.ts" />\n', [], true)).toThrow('examples/demo/missing.ts does not exist');
  });

  it('reads claim as a flag and refuses a claim the .out does not make', () => {
    expect(() => compile('<Measure example="demo/good.ts" name="ratio" claim />\n')).not.toThrow();
    expect(failure('<Measure example="demo/spans.ts" name="one-by-one.first.start" claim />\n')).toContain('<Measure example="demo/spans.ts" name="one-by-one.first.start">: examples/demo/spans.out makes no claim');
    expect(() => compile('<Measure example="demo/spans.ts" name="one-by-one.first.start" claim={false} />\n')).not.toThrow();
  });

  it('leaves a tag inside a code fence alone', () => {
    expect(() => compile('```mdx\n<Example file="demo/missing.ts" />\n```\n')).not.toThrow();
  });

  it('reports a predicted sample whose tag fails once, at the tag', () => {
    const message = failure('<Example file="demo/stale.ts" />\n', ['demo/stale.ts']);
    expect(message).toContain('A sample tag does not resolve:\ncontent/docs/guides/page.mdx:1:1: <Example file="demo/stale.ts">: the record of examples/demo/stale.ts is older');
    expect(message).not.toContain('self-check');
  });

  it('takes a prediction of a sample the page shows, and refuses one it does not show or that prints nothing', () => {
    const page = '<Example file="demo/marked.ts" region="said" />\n\n<Example file="demo/marked.ts" region="silent" output={false} />\n';
    expect(() => compile(page, ['demo/marked.ts#said'])).not.toThrow();
    // The message names the predict: line of the page's frontmatter (test/fixtures/catalogue/content/docs/guides/page.mdx).
    expect(failure(page, ['demo/good.ts#use'])).toContain('content/docs/guides/page.mdx:6: the self-check predicts demo/good.ts#use, which this page does not show: predict a sample the reader has seen');
    expect(failure(page, ['demo/marked.ts'])).toContain('page.mdx:8: the self-check predicts demo/marked.ts, which this page does not show (it shows demo/marked.ts#said, demo/marked.ts#silent)');
    expect(failure(page, ['demo/marked.ts#silent'])).toContain(
      'page.mdx:10: the self-check predicts demo/marked.ts#silent, which prints nothing of its own; mark its lines in examples/demo/marked.out with // #region silent, or predict another sample',
    );
  });

  it('checks a capstone file and region where the tag stands, naming the page, the line and what to write', () => {
    expect(compile('<CapstoneCode file="steps/3-deadlines/solution/quotes.ts" region="deadline" />\n')).toContain('"content/docs/guides/page.mdx:1:1"');
    expect(failure('# Title\n\n<CapstoneCode file="steps/3-deadlines/solution/quotes.ts" region="retry" />\n')).toContain(
      'content/docs/guides/page.mdx:3:1: <CapstoneCode file="steps/3-deadlines/solution/quotes.ts" region="retry">: capstone/steps/3-deadlines/solution/quotes.ts has no region "retry" (its regions: deadline): mark the lines with // #region retry … // #endregion retry, or omit region="…" to show the whole file',
    );
    expect(failure('<CapstoneCode file="steps/3-deadlines/solution/quote.ts" />\n', [])).toContain(
      'content/docs/guides/page.mdx:1:1: <CapstoneCode file="steps/3-deadlines/solution/quote.ts">: capstone/steps/3-deadlines/solution/quote.ts does not exist',
    );
    expect(failure('<CapstoneCode region="deadline" />\n')).toContain('content/docs/guides/page.mdx:1:1: <CapstoneCode region="deadline">: needs a file="…" attribute');
  });
});
