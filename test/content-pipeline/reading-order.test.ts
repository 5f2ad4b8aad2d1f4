// The onboarding path from a sidebar and page frontmatter: fixtures with a page left off, placed
// twice or missing its frontmatter must fail with a message naming the file and what to add; times
// come from the pages' reading stats and the exercises, a part of a page takes its own.
import { describe, expect, it } from 'vitest';
import { answerUrl, formatMinutes, orderedSlugs, ReadingOrderError, readingOrderProblems, readingSections, readingSteps, stepAnchor, stepMinutes, stepUrl, type PathEntry, type PathExercise, type SidebarGroup } from '../../src/content-pipeline/reading-order.ts';
import { RATES, type SectionStats } from '../../src/content-pipeline/reading-time.ts';

const SIDEBAR = 'src/content-pipeline/sidebar.ts';
const rules = { requiredFolders: ['start', 'guides'], exempt: ['start/onboarding'] };
// Every fixture page: 1 minute of prose before its first heading, then a section of 2 minutes of
// code (with a subsection) from "## Half way" on.
const sections: SectionStats[] = [
  { anchor: undefined, title: '', anchors: [], words: RATES.wordsPerMinute, codeLines: 0 },
  { anchor: 'half-way', title: 'Half way', anchors: ['half-way', 'deeper'], words: 0, codeLines: 2 * RATES.codeLinesPerMinute },
];
const step = (n: number) => ({
  teaches: `Lesson ${n}.`,
  selfCheck: [
    { question: `Q${n}a?`, answer: `A${n}a.` },
    { question: `Q${n}b?`, answer: `A${n}b.` },
  ],
});
const page = (id: string, readingPath = step(id.length)): PathEntry => ({ id, filePath: `content/docs/${id}.mdx`, title: `Title of ${id}`, readingPath, sections });

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
  { id: 'reference/api/semaphore', filePath: 'src/content/docs/reference/api/semaphore.md', title: 'Semaphore', readingPath: undefined, sections: [] },
];

describe('readingSteps', () => {
  it('lists the pages with readingPath frontmatter in sidebar order, titles from the page', () => {
    const steps = readingSteps(groups, entries, rules, SIDEBAR);
    expect(steps.map((s) => s.slug)).toEqual(['start/first', 'guides/b', 'guides/a', 'reference/r']);
    expect(steps[1]).toEqual({ slug: 'guides/b', title: 'Title of guides/b', ...step('guides/b'.length), minutes: 3, exercises: [] });
  });

  it('fails naming the file and what to add when a guide has no readingPath frontmatter', () => {
    const withNewGuide = [...entries, { ...page('guides/new'), readingPath: undefined }];
    const sidebar = groups.map((g) => (g.label === 'Guides' ? { ...g, items: [...g.items, 'guides/new'] } : g));
    expect(() => readingSteps(sidebar, withNewGuide, rules, SIDEBAR)).toThrow(ReadingOrderError);
    expect(readingOrderProblems(sidebar, withNewGuide, rules, SIDEBAR)).toEqual([
      'content/docs/guides/new.mdx is not on the onboarding path: add readingPath (teaches, selfCheck with 2-4 questions and answers) to its frontmatter',
    ]);
  });

  it('fails naming the file and the group when a guide is left out of the order', () => {
    const withNewGuide = [...entries, page('guides/new')];
    expect(readingOrderProblems(groups, withNewGuide, rules, SIDEBAR)).toEqual([
      `content/docs/guides/new.mdx is not in the reading order: add 'guides/new' to the "Guides" group in src/content-pipeline/sidebar.ts`,
    ]);
  });

  it('fails when a start/ page other than the onboarding page is left off', () => {
    const problems = readingOrderProblems(groups, [...entries, { ...page('start/second'), readingPath: undefined }], rules, SIDEBAR);
    expect(problems).toEqual([
      `content/docs/start/second.mdx is not in the reading order: add 'start/second' to the "Start here" group in src/content-pipeline/sidebar.ts`,
      'content/docs/start/second.mdx is not on the onboarding path: add readingPath (teaches, selfCheck with 2-4 questions and answers) to its frontmatter',
    ]);
  });

  it('fails when two places in the order hold the same page', () => {
    const twice = groups.map((g) => (g.label === 'Guides' ? { ...g, items: ['guides/b', 'guides/a', 'guides/b'] } : g));
    expect(readingOrderProblems(twice, entries, rules, SIDEBAR)).toEqual([
      'src/content-pipeline/sidebar.ts: guides/b has two places in the reading order ("Guides" and "Guides"); keep one',
    ]);
  });

  it('fails when the sidebar names a page that does not exist', () => {
    const extra = groups.map((g) => (g.label === 'Guides' ? { ...g, items: [...g.items, 'guides/gone'] } : g));
    expect(readingOrderProblems(extra, entries, rules, SIDEBAR)).toEqual([
      'src/content-pipeline/sidebar.ts: guides/gone in "Guides" is not a page (no content file has that slug)',
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
      path: { title: 'Core track', intro: 'Read these.', firstParts: { 'guides/a': { until: 'half-way' } } },
    },
    { label: 'Reference', items: ['reference/r'] },
  ];
  const exercise = (folder: string, page: string, section: string, minutes: number): PathExercise => ({ folder, file: `exercises/${folder}/README.md`, page, section, minutes });
  const exercises = [exercise('01-b', 'guides/b', 'half-way', 4), exercise('02-a', 'guides/a', 'deeper', 5)];

  it('makes one section per group, in order, with its title, anchor, intro and minutes', () => {
    const sections = readingSections(partial, entries, rules, SIDEBAR, exercises);
    expect(sections.map((s) => [s.title, s.anchor, s.intro, s.steps.map((step) => step.slug)])).toEqual([
      ['Before you start', 'before-you-start', undefined, ['start/first']],
      ['Core track', 'core-track', 'Read these.', ['guides/b', 'guides/a']],
      ['Reference', 'reference', undefined, ['guides/a', 'reference/r']],
    ]);
    // guides/b: 3 minutes and its 4-minute exercise; guides/a's first part: 1 minute, its exercise is further on.
    expect(sections[1]?.minutes).toBe(3 + 4 + 1);
    // guides/a's rest: 2 minutes and the 5-minute exercise in its subsection; reference/r: 3.
    expect(sections[2]?.minutes).toBe(2 + 5 + 3);
    expect(sections[2]?.steps[0]?.exercises.map((e) => e.folder)).toEqual(['02-a']);
    expect(sections[1]?.steps[1]?.exercises).toEqual([]);
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

  it('puts each self-check question with the part that holds its section, one with none with the first part', () => {
    const checks = [
      { question: 'Early?', answer: 'A.' },
      { question: 'Deep?', answer: 'B.', section: 'deeper' },
    ];
    const withChecks = entries.map((e) => (e.id === 'guides/a' ? { ...e, readingPath: { teaches: 'T.', selfCheck: checks } } : e));
    const [, core, reference] = readingSections(partial, withChecks, rules, SIDEBAR);
    expect(core?.steps[1]?.selfCheck.map((c) => c.question)).toEqual(['Early?']);
    expect(reference?.steps[0]?.selfCheck.map((c) => c.question)).toEqual(['Deep?']);
  });

  it('refuses a part of a page that is not a step of the group, with no such heading, or with no section after it', () => {
    const wrongPage = partial.map((g) => (g.label === 'Guides' ? { ...g, path: { title: 'Core track', firstParts: { 'guides/x': { until: 'h' } } } } : g));
    expect(() => readingSections(wrongPage, entries, rules, SIDEBAR)).toThrow('src/content-pipeline/sidebar.ts: "Guides" reads part of guides/x, which is not one of its steps');
    const noHeading = partial.map((g) => (g.label === 'Guides' ? { ...g, path: { title: 'Core track', firstParts: { 'guides/a': { until: 'nowhere' } } } } : g));
    expect(() => readingSections(noHeading, entries, rules, SIDEBAR)).toThrow('src/content-pipeline/sidebar.ts: "Guides": guides/a has no "##" heading #nowhere after its start (its headings: #half-way)');
    const last = partial.slice(0, 2);
    expect(() => readingSections(last, entries.filter((e) => e.id !== 'reference/r'), rules, SIDEBAR)).toThrow('src/content-pipeline/sidebar.ts: "Guides" reads part of guides/a, but no section follows for the rest');
  });

  it('refuses an exercise whose section is not a heading of its page', () => {
    const lost = [exercise('03-a', 'guides/a', 'gone', 1)];
    expect(() => readingSections(partial, entries, rules, SIDEBAR, lost)).toThrow('exercises/03-a/README.md: section gone is not a heading of guides/a');
  });

  it('fails a section over its budget, naming its longest steps', () => {
    const budgeted = partial.map((g) => (g.label === 'Guides' ? { ...g, path: { ...g.path, title: 'Core track', budgetMinutes: 7 } } : g));
    expect(() => readingSections(budgeted, entries, rules, SIDEBAR, exercises)).toThrow(
      'src/content-pipeline/sidebar.ts: "Guides" takes 8.0 minutes, over its budget of 7: read less of a page there (firstParts) or shorten one (longest first: guides/b 7.0, guides/a 1.0)',
    );
    const roomy = budgeted.map((g) => (g.label === 'Guides' ? { ...g, path: { ...g.path, title: 'Core track', budgetMinutes: 8 } } : g));
    expect(readingSections(roomy, entries, rules, SIDEBAR, exercises)[1]?.minutes).toBe(8);
  });
});

describe('formatMinutes and answerUrl', () => {
  it('says a step in whole minutes, at least one', () => {
    expect([0.2, 1.4, 12.5, 12.6].map(stepMinutes)).toEqual([1, 1, 13, 13]);
  });

  it('says hours and minutes, rounded to 5 minutes', () => {
    expect([3, 12, 50, 60, 107, 295].map(formatMinutes)).toEqual(['5 min', '10 min', '50 min', '1 h', '1 h 45 min', '4 h 55 min']);
  });

  it("links a self-check answer to its section, or to the page when it names none", () => {
    expect(answerUrl('guides/a', { question: 'Q?', answer: 'A.', section: 'half-way' })).toBe('/guides/a/#half-way');
    expect(answerUrl('guides/a', { question: 'Q?', answer: 'A.' })).toBe('/guides/a/');
  });
});
