// The onboarding path from a sidebar and page frontmatter: fixtures with a page left off, placed
// twice or missing its frontmatter must fail with a message naming the file and what to add.
import { describe, expect, it } from 'vitest';
import { answerUrl, formatMinutes, orderedSlugs, ReadingOrderError, readingOrderProblems, readingSections, readingSteps, stepAnchor, stepUrl, type PathEntry, type SidebarGroup } from '../../src/lib/reading-order.ts';

const SIDEBAR = 'src/site/sidebar.ts';
const rules = { requiredFolders: ['start', 'guides'], exempt: ['start/onboarding'] };
const step = (n: number) => ({
  minutes: n,
  teaches: `Lesson ${n}.`,
  selfCheck: [
    { question: `Q${n}a?`, answer: `A${n}a.` },
    { question: `Q${n}b?`, answer: `A${n}b.` },
  ],
});
const page = (id: string, readingPath = step(id.length)): PathEntry => ({ id, filePath: `content/docs/${id}.mdx`, title: `Title of ${id}`, readingPath });

const groups: SidebarGroup[] = [
  { label: 'Start here', items: ['start/onboarding', 'start/first'] },
  { label: 'Guides', items: ['guides/b', 'guides/a'] },
  { label: 'Reference', items: ['reference/r'] },
];
const entries: PathEntry[] = [
  { ...page('start/onboarding'), readingPath: undefined },
  page('start/first'),
  page('guides/a'),
  page('guides/b'),
  page('reference/r'),
  // Generated API pages are in no required folder and need no frontmatter.
  { id: 'reference/api/semaphore', filePath: 'src/content/docs/reference/api/semaphore.md', title: 'Semaphore', readingPath: undefined },
];

describe('readingSteps', () => {
  it('lists the pages with readingPath frontmatter in sidebar order, titles from the page', () => {
    const steps = readingSteps(groups, entries, rules, SIDEBAR);
    expect(steps.map((s) => s.slug)).toEqual(['start/first', 'guides/b', 'guides/a', 'reference/r']);
    expect(steps[1]).toEqual({ slug: 'guides/b', title: 'Title of guides/b', ...step('guides/b'.length) });
  });

  it('fails naming the file and what to add when a guide has no readingPath frontmatter', () => {
    const withNewGuide = [...entries, { ...page('guides/new'), readingPath: undefined }];
    const sidebar = groups.map((g) => (g.label === 'Guides' ? { ...g, items: [...g.items, 'guides/new'] } : g));
    expect(() => readingSteps(sidebar, withNewGuide, rules, SIDEBAR)).toThrow(ReadingOrderError);
    expect(readingOrderProblems(sidebar, withNewGuide, rules, SIDEBAR)).toEqual([
      'content/docs/guides/new.mdx is not on the onboarding path: add readingPath (minutes, teaches, selfCheck with 2-3 questions and answers) to its frontmatter',
    ]);
  });

  it('fails naming the file and the group when a guide is left out of the order', () => {
    const withNewGuide = [...entries, page('guides/new')];
    expect(readingOrderProblems(groups, withNewGuide, rules, SIDEBAR)).toEqual([
      `content/docs/guides/new.mdx is not in the reading order: add 'guides/new' to the "Guides" group in src/site/sidebar.ts`,
    ]);
  });

  it('fails when a start/ page other than the onboarding page is left off', () => {
    const problems = readingOrderProblems(groups, [...entries, { ...page('start/second'), readingPath: undefined }], rules, SIDEBAR);
    expect(problems).toEqual([
      `content/docs/start/second.mdx is not in the reading order: add 'start/second' to the "Start here" group in src/site/sidebar.ts`,
      'content/docs/start/second.mdx is not on the onboarding path: add readingPath (minutes, teaches, selfCheck with 2-3 questions and answers) to its frontmatter',
    ]);
  });

  it('fails when two places in the order hold the same page', () => {
    const twice = groups.map((g) => (g.label === 'Guides' ? { ...g, items: ['guides/b', 'guides/a', 'guides/b'] } : g));
    expect(readingOrderProblems(twice, entries, rules, SIDEBAR)).toEqual([
      'src/site/sidebar.ts: guides/b has two places in the reading order ("Guides" and "Guides"); keep one',
    ]);
  });

  it('fails when the sidebar names a page that does not exist', () => {
    const extra = groups.map((g) => (g.label === 'Guides' ? { ...g, items: [...g.items, 'guides/gone'] } : g));
    expect(readingOrderProblems(extra, entries, rules, SIDEBAR)).toEqual([
      'src/site/sidebar.ts: guides/gone in "Guides" is not a page (no content file has that slug)',
    ]);
  });

  it('reports every problem at once in the error message', () => {
    const broken = [...entries, { ...page('guides/x'), readingPath: undefined }];
    expect(() => readingSteps(groups, broken, rules, SIDEBAR)).toThrow(/2 problem\(s\):\n {2}content\/docs\/guides\/x\.mdx is not in the reading order/);
  });
});

describe('slugs, URLs and anchors', () => {
  it('orderedSlugs flattens the groups in order', () => {
    expect(orderedSlugs(groups)).toEqual(['start/onboarding', 'start/first', 'guides/b', 'guides/a', 'reference/r']);
  });

  it('a step anchor is the last part of its slug, whatever its position', () => {
    expect(stepAnchor({ slug: 'guides/event-loop' })).toBe('step-event-loop');
    expect(stepUrl({ slug: 'guides/event-loop' })).toBe('/guides/event-loop/');
  });
});

describe('readingSections', () => {
  const partial: SidebarGroup[] = [
    { label: 'Start here', items: ['start/onboarding', 'start/first'], path: { title: 'Before you start' } },
    {
      label: 'Guides',
      items: ['guides/b', 'guides/a'],
      path: { title: 'Core track', intro: 'Read these.', firstParts: { 'guides/a': { until: 'half-way', untilTitle: 'Half way', minutes: 4 } } },
    },
    { label: 'Reference', items: ['reference/r'] },
  ];

  it('makes one section per group, in order, with its title, anchor, intro and minutes', () => {
    const sections = readingSections(partial, entries, rules, SIDEBAR);
    expect(sections.map((s) => [s.title, s.anchor, s.intro, s.steps.map((step) => step.slug)])).toEqual([
      ['Before you start', 'before-you-start', undefined, ['start/first']],
      ['Core track', 'core-track', 'Read these.', ['guides/b', 'guides/a']],
      ['Reference', 'reference', undefined, ['guides/a', 'reference/r']],
    ]);
    // guides/a: 8 minutes in all, 4 of them in its first part.
    expect(sections[1]?.minutes).toBe('guides/b'.length + 4);
    expect(sections[2]?.minutes).toBe('guides/a'.length - 4 + 'reference/r'.length);
  });

  it('reads a page in part: the first part up to a heading, the rest first in the next section with its own anchor', () => {
    const [, core, reference] = readingSections(partial, entries, rules, SIDEBAR);
    const first = core?.steps[1];
    const rest = reference?.steps[0];
    expect(first?.part).toEqual({ kind: 'first', heading: 'half-way', headingTitle: 'Half way' });
    expect(rest?.part).toEqual({ kind: 'rest', heading: 'half-way', headingTitle: 'Half way' });
    expect(first && [stepAnchor(first), stepUrl(first)]).toEqual(['step-a', '/guides/a/']);
    expect(rest && [stepAnchor(rest), stepUrl(rest)]).toEqual(['step-a-rest', '/guides/a/#half-way']);
  });

  it('refuses a part of a page that is not a step of the group, or with no section after it', () => {
    const wrongPage = partial.map((g) => (g.label === 'Guides' ? { ...g, path: { title: 'Core track', firstParts: { 'guides/x': { until: 'h', untilTitle: 'H', minutes: 1 } } } } : g));
    expect(() => readingSections(wrongPage, entries, rules, SIDEBAR)).toThrow('src/site/sidebar.ts: "Guides" reads part of guides/x, which is not one of its steps');
    const last = partial.slice(0, 2);
    expect(() => readingSections(last, entries.filter((e) => e.id !== 'reference/r'), rules, SIDEBAR)).toThrow('src/site/sidebar.ts: "Guides" reads part of guides/a, but no section follows for the rest');
  });
});

describe('formatMinutes and answerUrl', () => {
  it('says hours and minutes, rounded to 5 minutes', () => {
    expect([3, 12, 50, 60, 107, 295].map(formatMinutes)).toEqual(['5 min', '10 min', '50 min', '1 h', '1 h 45 min', '4 h 55 min']);
  });

  it("links a self-check answer to its section, or to the page when it names none", () => {
    expect(answerUrl('guides/a', { question: 'Q?', answer: 'A.', section: 'half-way' })).toBe('/guides/a/#half-way');
    expect(answerUrl('guides/a', { question: 'Q?', answer: 'A.' })).toBe('/guides/a/');
  });
});
