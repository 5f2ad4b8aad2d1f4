// The onboarding path, derived from the sidebar (the one reading order) and each page's own
// `readingPath` frontmatter. Pure: the caller passes the sidebar groups and the docs entries, so
// tests can feed a fixture with a page left off and check the message.

export interface SelfCheck {
  question: string;
  answer: string;
}

/** The `readingPath` frontmatter of a page (validated by the schema in src/content.config.ts). */
export interface ReadingPathData {
  /** Reading time including running its examples, in minutes. */
  minutes: number;
  /** What the page teaches, in one line. */
  teaches: string;
  /** Two or three questions a reader should be able to answer afterwards. */
  selfCheck: SelfCheck[];
}

export interface SidebarGroup {
  label: string;
  /** Page slugs in reading order. */
  items: string[];
}

/** What the path needs of a docs collection entry. */
export interface PathEntry {
  /** The slug: the page is served at `/${id}/`. */
  id: string;
  /** Where the page comes from, relative to the project root, for messages. */
  filePath: string | undefined;
  title: string;
  readingPath: ReadingPathData | undefined;
}

export interface ReadingStep extends ReadingPathData {
  slug: string;
  title: string;
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
      problems.push(`${file} is not on the onboarding path: add readingPath (minutes, teaches, selfCheck with 2-3 questions and answers) to its frontmatter`);
    }
  }
  return problems;
}

/** The onboarding steps in sidebar order: every sidebar page with `readingPath` frontmatter. Throws on any problem. */
export function readingSteps(groups: SidebarGroup[], entries: PathEntry[], rules: PathRules, sidebarFile: string): ReadingStep[] {
  const problems = readingOrderProblems(groups, entries, rules, sidebarFile);
  if (problems.length > 0) throw new ReadingOrderError(problems);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return orderedSlugs(groups).flatMap((slug) => {
    const entry = byId.get(slug);
    return entry?.readingPath ? [{ slug, title: entry.title, ...entry.readingPath }] : [];
  });
}

/** The URL of a step's page. */
export function stepUrl(step: { slug: string }): string {
  return `/${step.slug}/`;
}

/** The stable anchor of a step on the onboarding page, from its slug (not its position): team leads link these. */
export function stepAnchor(step: { slug: string }): string {
  return `step-${step.slug.split('/').pop() ?? step.slug}`;
}
