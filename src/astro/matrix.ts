// What /reference/versions/ shows, from the examples' records: the feature table (one row per
// probe in examples/versions/), every example's results grouped by page, and where they were run.
import { catalogue } from '../catalogue/catalogue.ts';
import { compareVersions, featureRow, type Badge, type FeatureRow } from '../versions/matrix.ts';
import { sidebar } from '../content-pipeline/sidebar.ts';
import type { OtherRuntime } from '../versions/other-runtimes.ts';
import { outcomeOf, type Outcome } from '../versions/runtime-results.ts';

export interface Provenance {
  /** Exact Node version per release line. */
  nodes: Record<string, string>;
  /** The other runtimes' pinned versions, package.json `awaited.runtimes`: the feature table's last columns. */
  runtimes: Partial<Record<OtherRuntime, string>>;
  platform: string;
  cpus: number;
  /** The newest day any example was run on the other releases. */
  date: string;
}

export function matrixProvenance(): Provenance {
  const examples = catalogue();
  const runs = examples
    .programs()
    .filter((id) => examples.file(id).language === 'typescript')
    .map((id) => examples.record(id).releases);
  const newest = runs.reduce((a, b) => ((b?.date ?? '') > (a?.date ?? '') ? b : a), runs[0]);
  return { nodes: examples.nodes, runtimes: examples.runtimes, platform: newest?.platform ?? '', cpus: newest?.cpus ?? 0, date: newest?.date ?? '' };
}

/** One row per probe in examples/<folder>/: first what works on every line, then by the version each needs. */
export function featureRows(folder = 'versions'): FeatureRow[] {
  const examples = catalogue();
  const rows = examples
    .programs()
    .filter((id) => id.startsWith(`${folder}/`))
    .map((id) => featureRow(id, examples.file(id).source, examples.badges(id)));
  // What needs the least first: fewer Node lines without it, then the earliest first release it needs.
  const rank = (row: FeatureRow): number => row.badges.filter((b) => !b.pass && !b.runtime).length;
  const since = (row: FeatureRow): string => row.badges.find((b) => b.since)?.since ?? '0.0.0';
  return rows.sort((a, b) => rank(a) - rank(b) || compareVersions(since(a), since(b)) || a.id.localeCompare(b.id));
}

export interface ExampleGroup {
  folder: string;
  /** The page that shows this folder's examples, when there is one in the sidebar. */
  page: string | undefined;
  examples: { id: string; badges: Badge[] }[];
}

/** Every TypeScript example, grouped by the page it belongs to, with its badges. */
export function exampleGroups(): ExampleGroup[] {
  const examples = catalogue();
  const slugs = sidebar.flatMap((group) => group.items);
  // The table's columns are Node lines: a Python sample, run on the one CPython, is not in it.
  return examples
    .folders()
    .map(({ folder, ids }) => ({ folder, ids: ids.filter((id) => examples.file(id).language === 'typescript') }))
    .filter(({ ids }) => ids.length > 0)
    .map(({ folder, ids }) => {
      const slug = slugs.find((s) => s.split('/').pop() === folder);
      // The columns are Node lines: Deno and Bun stand under each sample and in the feature table.
      return { folder, page: slug ? `/${slug}/` : undefined, examples: ids.map((id) => ({ id, badges: examples.badges(id).filter((b) => !b.runtime) })) };
    });
}

export interface RuntimeTally {
  runtime: OtherRuntime;
  version: string;
  /** TypeScript programs with a current result on it. */
  runs: number;
  pass: number;
  fails: number;
  differs: number;
  /** Its recorded runs went different ways. */
  varies: number;
}

/** How many of the site's TypeScript programs each other runtime runs as Node does, from the records. */
export function runtimeTallies(): { programs: number; tallies: RuntimeTally[] } {
  const examples = catalogue();
  const programs = examples.programs().filter((id) => examples.file(id).language === 'typescript');
  const tallies = (Object.entries(examples.runtimes) as [OtherRuntime, string][]).map(([runtime, version]): RuntimeTally => {
    const outcomes = programs.flatMap((id) => {
      const run = examples.otherRun(id, runtime);
      return run ? [outcomeOf(run.results)] : [];
    });
    const count = (outcome: Outcome): number => outcomes.filter((o) => o === outcome).length;
    return { runtime, version, runs: outcomes.length, pass: count('pass'), fails: count('fails'), differs: count('differs'), varies: count('varies') };
  });
  return { programs: programs.length, tallies };
}
