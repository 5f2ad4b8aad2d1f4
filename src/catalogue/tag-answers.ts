// One answer per sample tag: what `<Example>`, `<Diagnostics>`, `<Measure>`, `<BarChart>`,
// `<Timeline>` and `<RuntimeBadges>` render, from the tag's attributes, or a CatalogueError with the
// one message for what is wrong. The Markdown plugin calls these to fail the build at
// page:line:column; each component calls the same one to render, so the two cannot disagree.
import type { Badge } from '../versions/matrix.ts';
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

export function runtimeBadgesAnswer(examples: Catalogue, { file }: { file: string }): Badge[] {
  return examples.badges(file);
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
