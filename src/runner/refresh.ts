// Regenerates (or checks) everything derived from an example, into its one record: the verifying
// run on the pinned Node, the result on each release of package.json `awaited.matrix` judged
// against the example's `// Requires:` header, the result on Deno and Bun (package.json
// `awaited.runtimes`, Deno with its `// Deno:` permissions), and for a broken file its diagnostics.
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { readRecordFile, writeRecordFile, type ExampleRecord, type OtherRuntimeRun } from '../catalogue/records.ts';
import { denoHeaderFor } from '../versions/deno-permissions.ts';
import { OTHER_RUNTIMES, RUNTIME_NAMES, runtimeBinary, type OtherRuntime } from '../versions/other-runtimes.ts';
import { missingPermission, resultLine, runtimeResult, sameResult, seenLine, tallyResults, type RuntimeResult } from '../versions/runtime-results.ts';
import { runOnOtherRuntime, type ExampleRun } from './run-example.ts';
import { stagedFolder } from './staging.ts';
import semver from 'semver';
import { failureDetail, sortedLines, type ReleaseResult } from '../versions/matrix.ts';
import { firstPassing, releasesOfLine } from '../versions/releases.ts';
import { bindingRequirement, expectedMinimum, headerFor, reasonFor, type Requirement } from '../versions/requirements.ts';
import { runtimeNotices } from './stderr.ts';
import { nodeBinary, nodeReleases } from '../versions/node-releases.ts';
import { describeProblems, verifyExample, verifyingRelease, type Verification } from './verify.ts';
import { pythonVersion } from '../versions/python.ts';

export interface RefreshOutcome {
  id: string;
  /** Empty when the record was written (or, with `check`, agrees with this run). */
  problems: string[];
  /** What a check saw and passed, but a maintainer should know: a result on Deno or Bun the record has not seen. */
  notes?: string[];
  /** How long its runs on Deno and Bun took, in milliseconds (for the time they add to CI). */
  othersMs?: Partial<Record<OtherRuntime, number>>;
}

const today = (): string => new Date().toISOString().slice(0, 10);
const platform = `${process.platform}-${process.arch}`;

// On a release that lacks what it needs, an example can hang (a resource never disposed keeps the
// loop alive): stop it sooner than the pinned run's minute. The slowest (a database sample starting
// PGlite) takes up to about 6 s on a busy machine.
const RELEASE_TIMEOUT_MS = 12_000;

/** Runs example `id` on one exact Node release. */
export type ReleaseRunner = (id: string, version: string) => Promise<Verification>;

/** Runs example `id` on Deno (with `flags`) or Bun at an exact version. */
export type OtherRunner = (id: string, runtime: OtherRuntime, version: string, flags: string[]) => Promise<ExampleRun>;

// A run on Deno or Bun has no leak check to name what hangs: a program that has not ended by then
// hangs (the slowest examples take a few seconds on Node).
export const OTHER_TIMEOUT_MS = 30_000;
// Deno names one missing permission per refusal: a program needing more is run again with each.
const MAX_PERMISSION_ROUNDS = 8;

export interface RefreshOptions {
  /** Write nothing; compare a fresh run with each record instead (CI). */
  check?: boolean;
  /**
   * With `check`: leave out the run on the release each example is verified on (the pinned one,
   * see verifyingRelease), because the test suite makes exactly that run (test/examples/). The
   * record's notices on that release are then not compared: the release is exact, so they change
   * only with the example, which makes the record stale, and the suite refuses a stale record.
   */
  skipVerifyingRun?: boolean;
  /** Hears about each example as it finishes. */
  onDone?: (outcome: RefreshOutcome) => void;
  /** Every published Node release, oldest first (default: the versions of the npm package `node`). */
  releases?: string[];
  /** Runs an example on a release (default: installs the release into .cache/ on first use and verifies the example on it). */
  runOn?: ReleaseRunner;
  /** The pinned release, this process's Node (the default); tests name one. */
  pinned?: string;
  /** The CPython version Python samples run on (default: asks the interpreter, src/versions/python.ts). */
  python?: () => string;
  /**
   * Only these of package.json `awaited.runtimes` (Deno, Bun), and nothing on Node: their results
   * are refreshed into records that are fresh for Node (or, with `check`, confirmed).
   */
  only?: OtherRuntime[];
  /** Runs an example on Deno or Bun (default: installs the runtime into .cache/ on first use). */
  runOther?: OtherRunner;
}

/** The real runner: each release installed on first use; a release other than the verifying one gets a shorter timeout. */
function installedReleases(catalogue: Catalogue, pinned: string): ReleaseRunner {
  return async (id, version) => {
    const verifying = (verifyingRelease(catalogue, id, pinned) ?? pinned) === version;
    return verifyExample(catalogue, id, { node: await nodeBinary(catalogue.root, version), ...(verifying ? {} : { timeoutMs: RELEASE_TIMEOUT_MS }) });
  };
}

/** The real Deno and Bun runner: each installed on first use, run from the example's staged folder. */
function installedRuntimes(catalogue: Catalogue): OtherRunner {
  return async (id, runtime, version, flags) =>
    runOnOtherRuntime(runtime, await runtimeBinary(catalogue.root, runtime, version), path.join('examples', id), id, { flags, cwd: stagedFolder(catalogue, id), timeoutMs: OTHER_TIMEOUT_MS });
}

const runtimesHint = (runtime: OtherRuntime | OtherRuntime[], id: string): string => `run \`npm run refresh -- --runtimes ${[runtime].flat().join(',')} ${id}\``;

/**
 * One example on one other runtime: the run a reader makes with the header's permissions, and on
 * Deno, when it is refused one, the runs that find every flag it needs, to name the header to write.
 */
async function runOther(catalogue: Catalogue, id: string, runtime: OtherRuntime, version: string, runner: OtherRunner): Promise<{ result: RuntimeResult; problems: string[]; ms: number }> {
  const started = performance.now();
  const flags = runtime === 'deno' ? catalogue.file(id).denoFlags : [];
  const first = await runner(id, runtime, version, flags);
  const needed = [...flags];
  for (let last = first, round = 0; runtime === 'deno' && round < MAX_PERMISSION_ROUNDS; round++) {
    const missing = missingPermission(last.stderr);
    if (missing === undefined || needed.includes(missing)) break;
    // Deno refuses `--allow-all` beside any other flag.
    if (missing === '--allow-all') needed.splice(0, needed.length);
    needed.push(missing);
    last = await runner(id, runtime, version, needed);
  }
  const problems =
    needed.join(' ') !== flags.join(' ')
      ? [`examples/${id}: Deno refuses it ${needed.filter((f) => !flags.includes(f)).join(' ')}, which its \`// Deno:\` header does not grant; the runs call for ${denoHeaderFor(needed)}`]
      : [];
  return { result: runtimeResult(first, catalogue.file(id).expected, OTHER_TIMEOUT_MS), problems, ms: performance.now() - started };
}

/**
 * How many runs a record on Deno or Bun is made from. The examples are timed for Node: there a
 * race between the thread pool and a timer, or a measured claim, can go either way from run to
 * run, and the record keeps every result its runs gave ("varies" on the badge).
 */
export const RECORD_RUNS = 3;
/** How many runs on Deno or Bun `--check` makes before a result its record has not seen is a problem. */
export const CONFIRM_ATTEMPTS = 3;

/**
 * The results on `runtimes` of a program whose record is fresh for Node: refreshed into it from
 * RECORD_RUNS runs, or with `check` confirmed (a runtime it has no current result for is named, not run).
 */
async function refreshOthers(catalogue: Catalogue, id: string, runtimes: OtherRuntime[], check: boolean, runner: OtherRunner): Promise<RefreshOutcome> {
  const stored = readRecordFile(catalogue.recordsDir, id);
  if (stored?.hash !== catalogue.file(id).hash || !stored.releases) {
    return { id, problems: [`the record of examples/${id} is older than its source; run \`npm run refresh -- ${id}\` (Node's results first, then Deno's and Bun's)`] };
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const othersMs: Partial<Record<OtherRuntime, number>> = {};
  const runs: Partial<Record<OtherRuntime, OtherRuntimeRun>> = { ...stored.runtimes };
  for (const runtime of runtimes) {
    const version = catalogue.runtimes[runtime];
    if (version === undefined) continue;
    const name = `${RUNTIME_NAMES[runtime]} ${version}`;
    const recorded = catalogue.otherRun(id, runtime);
    if (check && !recorded) {
      problems.push(`the record of examples/${id} has no result for ${name}${runtime === 'deno' && stored.runtimes?.deno?.version === version ? ' with the flags of its `// Deno:` header' : ''}; ${runtimesHint(runtime, id)}`);
      continue;
    }
    const results: RuntimeResult[] = [];
    let ms = 0;
    // Recording: RECORD_RUNS runs (one, when Deno refused a permission). Checking: runs until one
    // gives a result the record has seen, CONFIRM_ATTEMPTS at most.
    const done = (): boolean => (check && recorded ? results.some((r) => recorded.results.some((s) => sameResult(s, r))) || results.length === CONFIRM_ATTEMPTS : results.length === RECORD_RUNS);
    do {
      const fresh = await runOther(catalogue, id, runtime, version, runner);
      ms += fresh.ms;
      results.push(fresh.result);
      if (fresh.problems.length > 0) {
        problems.push(...fresh.problems);
        break;
      }
    } while (!done());
    othersMs[runtime] = ms;
    if (check && recorded) {
      const unseen = tallyResults(results.filter((r) => !recorded.results.some((s) => sameResult(s, r))));
      const gave = unseen.map((s) => `${resultLine(s)} in ${String(s.runs)} of ${String(results.length)} runs`).join('; ');
      if (unseen.length > 0 && unseen.length === tallyResults(results).length) {
        problems.push(`examples/${id} on ${name}: ${gave}, never a result its record has seen (${seenLine(recorded.results)}); ${runtimesHint(runtime, id)} and review the diff`);
      } else if (unseen.length > 0) {
        notes.push(`examples/${id} on ${name}: ${gave}, a result its record has not seen (${seenLine(recorded.results)}); ${runtimesHint(runtime, id)} to record every result`);
      }
    }
    runs[runtime] = { version, ...(runtime === 'deno' ? { flags: catalogue.file(id).denoFlags } : {}), date: today(), results: tallyResults(results) };
  }
  if (!check) writeRecordFile(catalogue.recordsDir, { ...stored, runtimes: Object.fromEntries(OTHER_RUNTIMES.flatMap((r) => (runs[r] ? [[r, runs[r]]] : []))) });
  return { id, problems, ...(notes.length > 0 ? { notes } : {}), othersMs };
}

function resultOf(version: string, outcome: Verification, requirements: Requirement[]): ReleaseResult {
  const warnings = runtimeNotices(outcome.run.stderr);
  const extra = warnings.length > 0 ? { warnings } : {};
  if (outcome.problems.length === 0) return { pass: true, ...extra };
  const line = String(semver.major(version));
  const binding = bindingRequirement(requirements, line);
  const detail = failureDetail(outcome.problems, outcome.run.stderr);
  const reason = binding ? reasonFor(binding, line) : `fails: ${detail ?? 'see the run'}`;
  return { pass: false, reason, ...(detail ? { detail } : {}), ...extra };
}

/** The releases of `line` that are tried: from its floor (package.json `awaited.from`) to its newest. */
function triedReleases(catalogue: Catalogue, releases: string[], line: string): string[] {
  const floor = catalogue.floors[line] ?? `${line}.0.0`;
  return releasesOfLine(releases, line, catalogue.nodes[line] ?? '').filter((v) => semver.gte(v, floor));
}

/** The header the runs call for, or why none can say it. */
function suggestedHeader(minimums: Record<string, string | null>, floors: Record<string, string>, requirements: Requirement[]): string {
  try {
    const feature = requirements[0]?.feature ?? 'what needs it';
    const found = Object.entries(minimums).sort(([a], [b]) => Number(a) - Number(b));
    // Every example starts at its line's floor: passing from there on every line needs no header.
    if (found.every(([line, m]) => m === floors[line])) return 'no `// Requires:` header';
    return headerFor(found, feature) ?? 'no `// Requires:` header';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function refreshProgram(catalogue: Catalogue, id: string, releases: string[], options: Required<Pick<RefreshOptions, 'check' | 'skipVerifyingRun' | 'runOn' | 'pinned'>>): Promise<RefreshOutcome> {
  const { check, skipVerifyingRun, pinned } = options;
  const file = catalogue.file(id);
  const verifiedOn = verifyingRelease(catalogue, id, pinned) ?? pinned;
  // Each release at most once per example: bisection and the checks ask for some again.
  const runs = new Map<string, Verification>();
  const runOn = async (version: string): Promise<Verification> => {
    let outcome = runs.get(version);
    if (!outcome) {
      outcome = await options.runOn(id, version);
      runs.set(version, outcome);
    }
    return outcome;
  };
  const lines = sortedLines(catalogue.nodes);
  if (check && skipVerifyingRun) return checkProgram(catalogue, id, lines, releases, runOn, verifiedOn);
  const verifying = await runOn(verifiedOn);
  if (verifying.problems.length > 0) return { id, problems: [describeProblems(id, verifying.problems)] };
  if (check) return checkProgram(catalogue, id, lines, releases, runOn);

  const minimums: Record<string, string | null> = {};
  for (const line of lines) {
    const { minimum } = await firstPassing(triedReleases(catalogue, releases, line), async (version) => (await runOn(version)).problems.length === 0);
    minimums[line] = minimum ?? null;
  }
  const problems = lines.flatMap((line) => {
    const expected = expectedMinimum(file.requirements, line, catalogue.floors[line]);
    const found = minimums[line] ?? null;
    if (found === expected) return [];
    const newest = runs.get(catalogue.nodes[line] ?? '');
    const why = found === null && newest ? `\n${describeProblems(`${id} on Node ${catalogue.nodes[line] ?? ''}`, newest.problems)}` : '';
    return [
      `examples/${id}: the first ${line}.x release it passes on is ${found ?? 'none'}, but its \`// Requires:\` says ${expected ?? 'none'}; ` +
        `the runs call for ${suggestedHeader(minimums, catalogue.floors, file.requirements)}${why}`,
    ];
  });
  if (problems.length > 0) return { id, problems };
  const results = Object.fromEntries(
    [...runs].sort(([a], [b]) => semver.compare(a, b)).map(([version, outcome]) => [version, resultOf(version, outcome, file.requirements)]),
  );
  writeRecordFile(catalogue.recordsDir, {
    example: id,
    hash: file.hash,
    run: { node: `v${verifiedOn}`, platform, cpus: os.availableParallelism(), date: today(), stdout: verifying.run.stdout, measurements: verifying.measurements },
    releases: { platform, cpus: os.availableParallelism(), date: today(), minimums, results },
  });
  return { id, problems: [] };
}

/**
 * Confirms a record without bisecting again: on each line, the newest release passes or fails as
 * recorded (with the same notices), and a recorded minimum passes while the release before it fails.
 * Nothing is run on `skipped` (the verifying release, when the test suite runs it).
 */
async function checkProgram(catalogue: Catalogue, id: string, lines: string[], releases: string[], runOn: (version: string) => Promise<Verification>, skipped?: string): Promise<RefreshOutcome> {
  const stored = catalogue.storedRecord(id);
  const hint = `run \`npm run refresh -- ${id}\` and review the diff`;
  if (stored?.hash !== catalogue.file(id).hash || !stored.releases) return { id, problems: [`the record of examples/${id} is older than its source; run \`npm run refresh -- ${id}\``] };
  const problems: string[] = [];
  for (const line of lines) {
    const newest = catalogue.nodes[line] ?? '';
    const minimum = stored.releases.minimums[line] ?? null;
    if (newest !== skipped) {
      const newestRun = await runOn(newest);
      const warnings = runtimeNotices(newestRun.run.stderr);
      if ((newestRun.problems.length === 0) !== (minimum !== null)) problems.push(`examples/${id} ${minimum === null ? 'passes' : 'fails'} on Node ${newest}, unlike its record; ${hint}`);
      if (!isDeepStrictEqual(warnings, stored.releases.results[newest]?.warnings ?? [])) problems.push(`examples/${id} on Node ${newest} prints other runtime notices than its record; ${hint}`);
    }
    if (minimum === null) continue;
    if (minimum !== skipped && (await runOn(minimum)).problems.length > 0) problems.push(`examples/${id} fails on Node ${minimum}, its recorded first passing ${line}.x release; ${hint}`);
    const ofLine = triedReleases(catalogue, releases, line);
    const before = ofLine[ofLine.indexOf(minimum) - 1];
    if (before && (await runOn(before)).problems.length === 0) problems.push(`examples/${id} passes on Node ${before}, before its recorded first passing ${line}.x release ${minimum}; ${hint}`);
  }
  return { id, problems };
}

/**
 * A Python sample: one run on the one CPython (no releases to bisect), recorded with its version.
 * `check` runs it once more and compares; with `skipVerifyingRun` the test suite makes that run.
 */
async function refreshPython(catalogue: Catalogue, id: string, options: { check: boolean; skipVerifyingRun: boolean; python: () => string }): Promise<RefreshOutcome> {
  const file = catalogue.file(id);
  const hint = `run \`npm run refresh -- ${id}\` and review the diff`;
  if (options.check) {
    const stored = catalogue.storedRecord(id);
    if (stored?.hash !== file.hash || !stored.run) return { id, problems: [`the record of examples/${id} is older than its source; run \`npm run refresh -- ${id}\``] };
    if (stored.run.python !== options.python()) return { id, problems: [`the record of examples/${id} was made on CPython ${stored.run.python ?? 'none'}, this run is on ${options.python()}; ${hint}`] };
    if (options.skipVerifyingRun) return { id, problems: [] };
  }
  const verifying = await verifyExample(catalogue, id);
  if (verifying.problems.length > 0) return { id, problems: [describeProblems(id, verifying.problems)] };
  if (!options.check) {
    writeRecordFile(catalogue.recordsDir, {
      example: id,
      hash: file.hash,
      run: { python: options.python(), platform, cpus: os.availableParallelism(), date: today(), stdout: verifying.run.stdout, measurements: verifying.measurements },
    });
  }
  return { id, problems: [] };
}

async function refreshBroken(catalogue: Catalogue, ids: string[], check: boolean): Promise<RefreshOutcome[]> {
  if (ids.length === 0) return [];
  // Loaded here: TypeScript and ESLint take a second to load, which a refresh of programs never needs.
  const { captureDiagnostics } = await import('./diagnostics.ts');
  const captures = await captureDiagnostics(catalogue, ids);
  return ids.map((id) => {
    const diagnostics = captures.get(id);
    const record: ExampleRecord = { example: id, hash: catalogue.file(id).hash, ...(diagnostics ? { diagnostics } : {}) };
    if (check) {
      const stored = catalogue.storedRecord(id);
      const same = isDeepStrictEqual(stored, record);
      const tools = catalogue.file(id).language === 'python' ? 'pyright and python' : 'tsc and ESLint';
      return { id, problems: same ? [] : [`examples/${id}: ${tools} report something other than its record; run \`npm run refresh -- ${id}\` and review the diff`] };
    }
    writeRecordFile(catalogue.recordsDir, record);
    return { id, problems: [] };
  });
}

/**
 * Refreshes the records of `ids` (programs and broken files), or with `check` compares a fresh run
 * with them and writes nothing.
 */
export async function refresh(catalogue: Catalogue, ids: string[], options: RefreshOptions = {}): Promise<RefreshOutcome[]> {
  const { check = false, skipVerifyingRun = false, onDone, pinned = process.versions.node, python = pythonVersion, only } = options;
  const runOn = options.runOn ?? installedReleases(catalogue, pinned);
  const runOtherOn = options.runOther ?? installedRuntimes(catalogue);
  const programs = ids.filter((i) => catalogue.file(i).kind === 'program');
  const onNode = programs.filter((i) => catalogue.file(i).language === 'typescript');
  const others = OTHER_RUNTIMES.filter((r) => catalogue.runtimes[r] !== undefined);
  if (only) {
    // Deno and Bun only: Python samples and broken files have no result there.
    const outcomes: RefreshOutcome[] = [];
    for (const id of onNode) {
      const outcome = await refreshOthers(catalogue, id, only, check, runOtherOn);
      outcomes.push(outcome);
      onDone?.(outcome);
    }
    return outcomes;
  }
  const releases = options.releases ?? (onNode.length > 0 ? await nodeReleases(catalogue.root, Object.values(catalogue.nodes)) : []);
  const outcomes: RefreshOutcome[] = [];
  // One at a time: the examples' timing claims need the CPU.
  for (const id of programs) {
    let outcome = onNode.includes(id)
      ? await refreshProgram(catalogue, id, releases, { check, skipVerifyingRun, runOn, pinned })
      : await refreshPython(catalogue, id, { check, skipVerifyingRun, python });
    if (onNode.includes(id) && others.length > 0 && outcome.problems.length === 0) {
      outcome = await refreshOthers(catalogue, id, others, check, runOtherOn);
    }
    outcomes.push(outcome);
    onDone?.(outcome);
  }
  for (const outcome of await refreshBroken(catalogue, ids.filter((i) => catalogue.file(i).kind === 'broken'), check)) {
    outcomes.push(outcome);
    onDone?.(outcome);
  }
  return outcomes;
}
