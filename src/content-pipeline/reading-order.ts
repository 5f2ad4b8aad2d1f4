// The onboarding path, derived from the sidebar (the one reading order) and each page's own
// `readingPath` frontmatter. Its times are computed from what the pages and exercises give to read
// (src/content-pipeline/reading-time.ts), never typed in. Pure: the caller passes the sidebar groups, the docs
// entries with their reading stats and the exercises, so tests can feed fixtures.
import { slug } from 'github-slugger';
import { sectionsMinutes, splitAt, type SectionStats } from './reading-time.ts';

export interface SelfCheck {
  question: string;
  /** The answer; for a prediction, what explains the output (optional). */
  answer?: string | undefined;
  /** A sample the page shows, `file.ts#region`, whose verified output answers the question. */
  predict?: string | undefined;
  /** The heading anchor on the page that the answer comes from, without `#`. */
  section?: string | undefined;
}

/** The `readingPath` frontmatter of a page (validated by the schema in src/content.config.ts). */
export interface ReadingPathData {
  /** What the page teaches, in one line. */
  teaches: string;
  /** Two to four questions a reader should be able to answer afterwards. */
  selfCheck: SelfCheck[];
}

export interface SidebarGroup {
  label: string;
  /** Page slugs in reading order. */
  items: string[];
  /** How the group's steps are introduced on the onboarding page (default: its label, no intro). */
  path?: PathSection;
}

/** A section of the onboarding page: the steps of one sidebar group. */
export interface PathSection {
  /** The section's heading; its anchor comes from it and is permanent. */
  title: string;
  /** One paragraph under the heading. */
  intro?: string;
  /** The most minutes the section may take; the build fails past it, so an edit that lengthens the section must trim it. */
  budgetMinutes?: number;
  /** Pages this section reads only up to a `##` heading (its anchor); the rest of each comes first in the next section. */
  firstParts?: Record<string, { until: string }>;
}

/** An exercise on the path: it goes with the part of its page that holds its section. */
export interface PathExercise {
  /** The exercise folder, `NN-name`. */
  folder: string;
  /** Where it comes from, for messages. */
  file: string;
  page: string;
  section: string;
  minutes: number;
}

/** What the path needs of a docs collection entry. */
export interface PathEntry {
  /** The slug: the page is served at `/${id}/`. */
  id: string;
  /** Where the page comes from, relative to the project root, for messages. */
  filePath: string | undefined;
  title: string;
  readingPath: ReadingPathData | undefined;
  /** What each `##` section of the page gives to read (src/content-pipeline/reading-stats-plugin.ts). */
  sections: SectionStats[];
}

export interface ReadingStep extends ReadingPathData {
  slug: string;
  title: string;
  /** Reading time of the step and its exercises, unrounded. */
  minutes: number;
  exercises: PathExercise[];
}

/** A step of a section: a whole page, its first part (up to a heading) or the rest of it (from that heading). */
export interface SectionStep extends ReadingStep {
  part?: { kind: 'first' | 'rest'; heading: string; headingTitle: string } | undefined;
}

export interface ReadingSection {
  title: string;
  /** The heading's anchor on the onboarding page: github-slugger's, as Starlight makes heading ids. */
  anchor: string;
  intro: string | undefined;
  steps: SectionStep[];
  /** The section's reading time in minutes. */
  minutes: number;
}

export interface PathRules {
  /** Folders (first slug segment) whose every page must be in the sidebar and on the path. */
  requiredFolders: string[];
  /** Pages in those folders that are not steps (the onboarding page itself). */
  exempt: string[];
}

export class ReadingOrderError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`reading order: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'ReadingOrderError';
    this.problems = problems;
  }
}

/** Every slug of the sidebar, in reading order. */
export function orderedSlugs(groups: SidebarGroup[]): string[] {
  return groups.flatMap((group) => group.items);
}

/** What is wrong with the sidebar and the pages' frontmatter, one message per problem. */
export function readingOrderProblems(groups: SidebarGroup[], entries: PathEntry[], rules: PathRules, sidebarFile: string): string[] {
  const problems: string[] = [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const placed = new Map<string, string>();
  for (const group of groups) {
    for (const slug of group.items) {
      const first = placed.get(slug);
      // A page has one place in the order; Starlight would silently show it twice.
      if (first !== undefined) problems.push(`${sidebarFile}: ${slug} has two places in the reading order ("${first}" and "${group.label}"); keep one`);
      else placed.set(slug, group.label);
      if (!byId.has(slug)) problems.push(`${sidebarFile}: ${slug} in "${group.label}" is not a page (no content file has that slug)`);
    }
  }
  for (const entry of entries) {
    const folder = entry.id.split('/')[0] ?? '';
    if (!rules.requiredFolders.includes(folder) || rules.exempt.includes(entry.id)) continue;
    const file = entry.filePath ?? entry.id;
    if (!placed.has(entry.id)) {
      const group = groups.find((g) => g.items.some((slug) => slug.startsWith(`${folder}/`)));
      problems.push(`${file} is not in the reading order: add '${entry.id}' to ${group ? `the "${group.label}" group` : 'a group'} in ${sidebarFile}`);
    }
    if (entry.readingPath === undefined) {
      problems.push(`${file} is not on the onboarding path: add readingPath (teaches, selfCheck with 2-4 questions and answers) to its frontmatter`);
    }
  }
  return problems;
}

/** The onboarding steps in sidebar order: every sidebar page with `readingPath` frontmatter, with its exercises. Throws on any problem. */
export function readingSteps(groups: SidebarGroup[], entries: PathEntry[], rules: PathRules, sidebarFile: string, exercises: PathExercise[] = []): ReadingStep[] {
  const problems = readingOrderProblems(groups, entries, rules, sidebarFile);
  if (problems.length > 0) throw new ReadingOrderError(problems);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return orderedSlugs(groups).flatMap((slug) => {
    const entry = byId.get(slug);
    if (!entry?.readingPath) return [];
    const own = exercises.filter((exercise) => exercise.page === slug);
    return [{ slug, title: entry.title, ...entry.readingPath, minutes: partMinutes(entry.sections, own), exercises: own }];
  });
}

function partMinutes(sections: readonly SectionStats[], exercises: readonly PathExercise[]): number {
  return sectionsMinutes(sections) + exercises.reduce((sum, exercise) => sum + exercise.minutes, 0);
}

/** A page's first part (up to `until`) and its rest, each with the exercises and self-check questions whose section it holds. */
function splitStep(step: ReadingStep, sections: readonly SectionStats[], until: string, where: string): [SectionStep, SectionStep] {
  let split: ReturnType<typeof splitAt>;
  try {
    split = splitAt(sections, until);
  } catch (error) {
    throw new ReadingOrderError([`${where}: ${step.slug} ${error instanceof Error ? error.message : String(error)}`]);
  }
  const { first, rest } = split;
  const headingTitle = rest[0]?.title ?? until;
  const inFirst = new Set(first.flatMap((s) => s.anchors));
  const unplaced = step.exercises.filter((e) => !inFirst.has(e.section) && !rest.some((s) => s.anchors.includes(e.section)));
  if (unplaced.length > 0) throw new ReadingOrderError(unplaced.map((e) => `${e.file}: section ${e.section} is not a heading of ${step.slug}`));
  const firstExercises = step.exercises.filter((e) => inFirst.has(e.section));
  const restExercises = step.exercises.filter((e) => !inFirst.has(e.section));
  // A question goes with the part its answer is in; one that names no section, with the first.
  const inRest = new Set(rest.flatMap((s) => s.anchors));
  const firstChecks = step.selfCheck.filter((c) => c.section === undefined || !inRest.has(c.section));
  const restChecks = step.selfCheck.filter((c) => c.section !== undefined && inRest.has(c.section));
  const part = (kind: 'first' | 'rest') => ({ kind, heading: until, headingTitle });
  return [
    { ...step, minutes: partMinutes(first, firstExercises), exercises: firstExercises, selfCheck: firstChecks, part: part('first') },
    { ...step, minutes: partMinutes(rest, restExercises), exercises: restExercises, selfCheck: restChecks, part: part('rest') },
  ];
}

/**
 * The onboarding page's sections, one per sidebar group with steps, in sidebar order. A page that a
 * section reads only in part (`firstParts`) has its rest at the start of the next section. Throws on
 * any problem of the order, and on a part for a page that is not a step of its group, has no such
 * heading, or has no next section to go to.
 */
export function readingSections(groups: SidebarGroup[], entries: PathEntry[], rules: PathRules, sidebarFile: string, exercises: PathExercise[] = []): ReadingSection[] {
  const steps = new Map(readingSteps(groups, entries, rules, sidebarFile, exercises).map((step) => [step.slug, step]));
  const statsOf = new Map(entries.map((entry) => [entry.id, entry.sections]));
  const sections: ReadingSection[] = [];
  let carried: SectionStep[] = [];
  const withSteps = groups.filter((group) => group.items.some((slug) => steps.has(slug)));
  for (const [index, group] of withSteps.entries()) {
    const parts = group.path?.firstParts ?? {};
    const problems = Object.keys(parts).flatMap((slug) => {
      if (!group.items.includes(slug) || !steps.has(slug)) return [`${sidebarFile}: "${group.label}" reads part of ${slug}, which is not one of its steps`];
      if (index === withSteps.length - 1) return [`${sidebarFile}: "${group.label}" reads part of ${slug}, but no section follows for the rest`];
      return [];
    });
    if (problems.length > 0) throw new ReadingOrderError(problems);
    const own: SectionStep[] = [];
    const rest: SectionStep[] = [];
    for (const slug of group.items) {
      const step = steps.get(slug);
      if (!step) continue;
      const part = parts[slug];
      if (!part) {
        own.push(step);
        continue;
      }
      const [first, second] = splitStep(step, statsOf.get(slug) ?? [], part.until, `${sidebarFile}: "${group.label}"`);
      own.push(first);
      rest.push(second);
    }
    const sectionSteps = [...carried, ...own];
    carried = rest;
    const title = group.path?.title ?? group.label;
    const minutes = sectionSteps.reduce((sum, step) => sum + step.minutes, 0);
    const budget = group.path?.budgetMinutes;
    if (budget !== undefined && minutes > budget) {
      const longest = [...sectionSteps].sort((a, b) => b.minutes - a.minutes).map((step) => `${step.slug} ${step.minutes.toFixed(1)}`);
      throw new ReadingOrderError([
        `${sidebarFile}: "${group.label}" takes ${minutes.toFixed(1)} minutes, over its budget of ${budget}: read less of a page there (firstParts) or shorten one (longest first: ${longest.join(', ')})`,
      ]);
    }
    sections.push({ title, anchor: slug(title), intro: group.path?.intro, steps: sectionSteps, minutes });
  }
  return sections;
}

/** A step's reading time in whole minutes, at least 1. */
export function stepMinutes(minutes: number): number {
  return Math.max(1, Math.round(minutes));
}

/** A reading time in hours and minutes, rounded to 5 minutes: `1 h 45 min`, `50 min`, `2 h`. */
export function formatMinutes(minutes: number): string {
  const rounded = Math.max(5, Math.round(minutes / 5) * 5);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The URL of a step's page, or of the heading its part starts at. */
export function stepUrl(step: { slug: string; part?: SectionStep['part'] }): string {
  return step.part?.kind === 'rest' ? `/${step.slug}/#${step.part.heading}` : `/${step.slug}/`;
}

/** The stable anchor of a step on the onboarding page, from its slug (not its position): team leads link these. */
export function stepAnchor(step: { slug: string; part?: SectionStep['part'] }): string {
  const base = `step-${step.slug.split('/').pop() ?? step.slug}`;
  return step.part?.kind === 'rest' ? `${base}-rest` : base;
}

/** The sample a prediction names: `file.ts#region` → its file and region. */
export function predictedSample(predict: string): { file: string; region: string | undefined } {
  const [file = '', region] = predict.split('#');
  return { file, region };
}

/** Where a self-check's answer comes from: its section of the page, or the page. */
export function answerUrl(slug: string, check: SelfCheck): string {
  return check.section ? `/${slug}/#${check.section}` : `/${slug}/`;
}
