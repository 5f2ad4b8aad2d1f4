// One answer per sample tag: what `<Example>`, `<Diagnostics>`, `<Measure>`, `<BarChart>`,
// `<Timeline>` and `<RuntimeBadges>` render, from the tag's attributes, or a CatalogueError with the
// one message for what is wrong. The Markdown plugin calls these to fail the build at
// page:line:column; each component calls the same one to render, so the two cannot disagree.
import type { Badge } from '../versions/matrix.ts';
import { OTHER_RUNTIMES, RUNTIME_NAMES, type OtherRuntime } from '../versions/other-runtimes.ts';
import { outcomeOf, seenLine, type Outcome } from '../versions/runtime-results.ts';
import { claimsOf, type Claim } from '../formats/expected-output.ts';
import { parseGroupList, TimelineError, timelineGroups, type TimelineGroup } from '../pictures/timeline.ts';
import { CatalogueError, type Catalogue, type Sample } from './catalogue.ts';
import type { ExampleFile } from './example-file.ts';
import { expectedPathOf, stemOf } from '../formats/example-id.ts';
import type { DiagnosticsCapture, RunResult } from './records.ts';

export function exampleAnswer(examples: Catalogue, { file, region }: { file: string; region?: string | undefined }): Sample {
  return examples.sample(file, region);
}

export interface DiagnosticsAnswer {
  file: ExampleFile;
  diagnostics: DiagnosticsCapture;
  /** The figure's id: `broken-values` for `forgotten-await/broken/values.ts`. */
  anchor: string;
}

export function diagnosticsAnswer(examples: Catalogue, { file }: { file: string }): DiagnosticsAnswer {
  const shown = examples.file(file);
  if (shown.kind !== 'broken') throw new CatalogueError(`examples/${file} is not in a broken/ folder: only deliberately wrong files have diagnostics; show it with <Example>`);
  // record() refuses a broken file's record without diagnostics.
  const { diagnostics } = examples.record(file);
  if (!diagnostics) throw new CatalogueError(`the record of examples/${file} has no diagnostics`);
  return { file: shown, diagnostics, anchor: `broken-${stemOf(file)}` };
}

/**
 * What a `<RuntimeBadges>` tag says of Deno and Bun in the page's words: `passes="deno bun"`,
 * `fails="bun"`, `differs="deno"`, or `varies="bun"` where its recorded runs went different ways.
 */
export interface RuntimeClaims {
  passes?: string | undefined;
  fails?: string | undefined;
  differs?: string | undefined;
  varies?: string | undefined;
}

const CLAIMED: Record<keyof RuntimeClaims, { outcome: Outcome; says: string }> = {
  passes: { outcome: 'pass', says: 'passes' },
  fails: { outcome: 'fails', says: 'fails' },
  differs: { outcome: 'differs', says: 'prints other output' },
  varies: { outcome: 'varies', says: 'varies from run to run' },
};

/**
 * The badges of a file, after checking what the tag claims of it on Deno and Bun against its
 * record: a claim the record contradicts, or has no current result for, is refused.
 */
export function runtimeBadgesAnswer(examples: Catalogue, { file, ...claims }: { file: string } & RuntimeClaims): Badge[] {
  const badges = examples.badges(file);
  for (const [attribute, { outcome, says }] of Object.entries(CLAIMED) as [keyof RuntimeClaims, (typeof CLAIMED)[keyof RuntimeClaims]][]) {
    for (const name of (claims[attribute] ?? '').split(/\s+/).filter(Boolean)) {
      if (!(OTHER_RUNTIMES as readonly string[]).includes(name)) throw new CatalogueError(`${attribute}="${claims[attribute] ?? ''}" names "${name}": write ${OTHER_RUNTIMES.join(' or ')}`);
      const runtime = name as OtherRuntime;
      const label = `${RUNTIME_NAMES[runtime]} ${examples.runtimes[runtime] ?? ''}`;
      const run = examples.otherRun(file, runtime);
      const fix = `\`npm run refresh -- --runtimes ${runtime} ${file}\``;
      if (!run) throw new CatalogueError(`the page says examples/${file} ${says} on ${label}, but its record has no result for ${label}; run ${fix}`, { refresh: file });
      if (outcomeOf(run.results) !== outcome) {
        throw new CatalogueError(`the page says examples/${file} ${says} on ${label}, but its record says it ${seenLine(run.results)}; change the page, or the example and run ${fix}`);
      }
    }
  }
  return badges;
}

/** The recorded run of a program; a broken file has none. */
function runOf(examples: Catalogue, example: string): RunResult {
  const { run } = examples.record(example);
  if (!run) throw new CatalogueError(`examples/${example} has no recorded run`);
  return run;
}

function measurement(run: RunResult, example: string, name: string): number {
  const value = run.measurements[name];
  if (value === undefined) {
    const known = Object.keys(run.measurements).join(', ') || 'none';
    throw new CatalogueError(`the record of examples/${example} has no measurement "${name}" (it has: ${known}); print it in the example and name it in its .out file as {{${name}}}`);
  }
  return value;
}

export interface MeasureAnswer {
  run: RunResult;
  value: number;
  /** The claim the `.out` makes about it, if any. */
  claim: Claim | undefined;
}

export function measureAnswer(examples: Catalogue, { example, name, claim: showsClaim = false }: { example: string; name: string; claim?: boolean | undefined }): MeasureAnswer {
  const run = runOf(examples, example);
  const value = measurement(run, example, name);
  const claim = claimsOf(examples.file(example).expected).find((c) => c.name === name && c.op);
  if (showsClaim && !claim) throw new CatalogueError(`examples/${expectedPathOf(example)} makes no claim about "${name}": write it as {{${name} >= N}} there, or drop \`claim\``);
  return { run, value, claim };
}

export interface BarChartAnswer {
  run: RunResult;
  values: { label: string; value: number }[];
}

export function barChartAnswer(examples: Catalogue, { example, bars }: { example: string; bars: readonly (readonly [string, string])[] }): BarChartAnswer {
  const run = runOf(examples, example);
  return { run, values: bars.map(([label, name]) => ({ label, value: measurement(run, example, name) })) };
}

export interface TimelineAnswer {
  run: RunResult;
  groups: TimelineGroup[];
}

export function timelineAnswer(examples: Catalogue, { example, groups }: { example: string; groups?: string | undefined }): TimelineAnswer {
  const run = runOf(examples, example);
  const names = claimsOf(examples.file(example).expected).map((c) => c.name);
  try {
    return { run, groups: timelineGroups(names, run.measurements, parseGroupList(groups)) };
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    throw new CatalogueError(`examples/${example}: ${error.message}`);
  }
}
