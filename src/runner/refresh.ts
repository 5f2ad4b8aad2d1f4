// Regenerates (or checks) everything derived from an example, into its one record: the verifying
// run on the pinned Node, the result on each release of package.json `awaited.matrix` judged
// against the example's `// Requires:` header, and for a broken file its diagnostics.
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { writeRecordFile, type ExampleRecord } from '../catalogue/records.ts';
import { judge, sortedLines, type ReleaseResult } from '../lib/matrix.ts';
import { runtimeNotices } from '../lib/stderr.ts';
import { captureDiagnostics } from './diagnostics.ts';
import { nodeBinary } from './node-releases.ts';
import { describeProblems, verifyExample } from './verify.ts';

export interface RefreshOutcome {
  id: string;
  /** Empty when the record was written (or, with `check`, agrees with this run). */
  problems: string[];
}

const today = (): string => new Date().toISOString().slice(0, 10);
const platform = `${process.platform}-${process.arch}`;

/** What --check compares: pass or fail and the runtime's notices, per release. */
function releaseSummary(results: Record<string, ReleaseResult>): Record<string, { pass: boolean; warnings: string[] }> {
  return Object.fromEntries(Object.entries(results).map(([version, r]) => [version, { pass: r.pass, warnings: r.warnings ?? [] }]));
}

async function refreshProgram(catalogue: Catalogue, id: string, binaries: Map<string, string>, check: boolean): Promise<RefreshOutcome> {
  const file = catalogue.file(id);
  const pinned = await verifyExample(catalogue, id);
  if (pinned.problems.length > 0) return { id, problems: [describeProblems(id, pinned.problems)] };
  const problems: string[] = [];
  const results: Record<string, ReleaseResult> = {};
  for (const line of sortedLines(catalogue.nodes)) {
    const version = catalogue.nodes[line] ?? '';
    const binary = binaries.get(version) ?? '';
    const outcome = binary === process.execPath ? pinned : await verifyExample(catalogue, id, { node: binary });
    const { result, error } = judge(id, version, file.requirement, outcome.problems, outcome.run.stderr);
    if (error) problems.push(error);
    const warnings = runtimeNotices(outcome.run.stderr);
    if (result) results[version] = warnings.length > 0 ? { ...result, warnings } : result;
  }
  if (problems.length > 0) return { id, problems };
  const record: ExampleRecord = {
    example: id,
    hash: file.hash,
    run: { node: process.version, platform, cpus: os.availableParallelism(), date: today(), stdout: pinned.run.stdout, measurements: pinned.measurements },
    releases: { platform, cpus: os.availableParallelism(), date: today(), results },
  };
  if (check) {
    const stored = catalogue.storedRecord(id);
    if (stored?.hash !== file.hash) return { id, problems: [`the record of examples/${id} is older than its source; run \`npm run refresh -- ${id}\``] };
    const before = releaseSummary(stored.releases?.results ?? {});
    const now = releaseSummary(results);
    if (!isDeepStrictEqual(before, now)) {
      return { id, problems: [`examples/${id}: its record says ${JSON.stringify(before)} per Node release, this run found ${JSON.stringify(now)}; run \`npm run refresh -- ${id}\` and review the diff`] };
    }
    return { id, problems: [] };
  }
  writeRecordFile(catalogue.recordsDir, record);
  return { id, problems: [] };
}

async function refreshBroken(catalogue: Catalogue, ids: string[], check: boolean): Promise<RefreshOutcome[]> {
  if (ids.length === 0) return [];
  const captures = await captureDiagnostics(catalogue, ids);
  return ids.map((id) => {
    const diagnostics = captures.get(id);
    const record: ExampleRecord = { example: id, hash: catalogue.file(id).hash, ...(diagnostics ? { diagnostics } : {}) };
    if (check) {
      const stored = catalogue.storedRecord(id);
      const same = isDeepStrictEqual(stored, record);
      return { id, problems: same ? [] : [`examples/${id}: tsc and ESLint report something other than its record; run \`npm run refresh -- ${id}\` and review the diff`] };
    }
    writeRecordFile(catalogue.recordsDir, record);
    return { id, problems: [] };
  });
}

/**
 * Refreshes the records of `ids` (programs and broken files), or with `check` compares a fresh run
 * with them and writes nothing. `onDone` hears about each example as it finishes.
 */
export async function refresh(catalogue: Catalogue, ids: string[], options: { check?: boolean; onDone?: (outcome: RefreshOutcome) => void } = {}): Promise<RefreshOutcome[]> {
  const { check = false, onDone } = options;
  const versions = Object.values(catalogue.nodes);
  const binaries = new Map(await Promise.all(versions.map(async (v) => [v, await nodeBinary(catalogue.root, v)] as const)));
  const outcomes: RefreshOutcome[] = [];
  // One at a time: the examples' timing claims need the CPU.
  for (const id of ids.filter((i) => catalogue.file(i).kind === 'program')) {
    const outcome = await refreshProgram(catalogue, id, binaries, check);
    outcomes.push(outcome);
    onDone?.(outcome);
  }
  for (const outcome of await refreshBroken(catalogue, ids.filter((i) => catalogue.file(i).kind === 'broken'), check)) {
    outcomes.push(outcome);
    onDone?.(outcome);
  }
  return outcomes;
}
