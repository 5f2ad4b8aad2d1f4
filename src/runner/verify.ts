// One verification of one example: run it, then compare what it did with what it must do.
import path from 'node:path';
import { CatalogueError, type Catalogue } from '../catalogue/catalogue.ts';
import semver from 'semver';
import { matchOutput } from '../formats/expected-output.ts';
import { sortedLines } from '../versions/matrix.ts';
import { expectedMinimum } from '../versions/requirements.ts';
import { nodeBinary } from '../versions/node-releases.ts';
import { unexpectedStderr } from './stderr.ts';
import { DEFAULT_TIMEOUT_MS, runProgram, runPythonProgram, type ExampleRun } from './run-example.ts';
import { describePythonProblem, pythonProblems } from './python-stderr.ts';
import { pythonVersion } from '../versions/python.ts';
import { stagedFolder } from './staging.ts';

export interface Verification {
  run: ExampleRun;
  problems: string[];
  measurements: Record<string, number>;
}

/**
 * The Node release an example is verified on: the pinned one (undefined), unless its `// Requires:`
 * header rules out the pinned line (a feature that only a newer line has); then the newest release
 * of package.json `awaited.matrix` on the first line it runs on. (`pinned` is this process's Node
 * unless a test names another.)
 */
export function verifyingRelease(catalogue: Catalogue, id: string, pinned = process.versions.node): string | undefined {
  // A Python sample runs on the one CPython (src/versions/python.ts): no Node release verifies it.
  if (catalogue.file(id).language === 'python') return undefined;
  const requirements = catalogue.file(id).requirements;
  const pinnedLine = String(semver.major(pinned));
  if (expectedMinimum(requirements, pinnedLine) !== null) return undefined;
  const line = sortedLines(catalogue.nodes).find((l) => expectedMinimum(requirements, l) !== null);
  if (line === undefined) throw new CatalogueError(`examples/${id}: its \`// Requires:\` header rules out every line of package.json awaited.matrix`);
  return catalogue.nodes[line];
}

/**
 * Verifies an example on `options.node`, or else on the release it is verified on (see
 * verifyingRelease); in `options.cwd` (an unpacked download), or else in its staged folder.
 */
export async function verifyExample(catalogue: Catalogue, id: string, options: { node?: string; timeoutMs?: number; cwd?: string } = {}): Promise<Verification> {
  const file = catalogue.file(id);
  if (file.language === 'python') return verifyPython(catalogue, id, options.timeoutMs, options.cwd);
  const release = options.node === undefined ? verifyingRelease(catalogue, id) : undefined;
  const node = options.node ?? (release === undefined ? undefined : await nodeBinary(catalogue.root, release));
  // From the files its download holds, alone: every verification proves the download runs.
  const cwd = options.cwd ?? stagedFolder(catalogue, id);
  const run = await runProgram(path.join('examples', id), id, { ...options, ...(node ? { node } : {}), cwd });
  const match = matchOutput(file.expected, run.stdout);
  const problems = [
    ...(run.exitCode === 0 ? [] : [`exit code ${run.exitCode ?? 'none (killed)'}, expected 0`]),
    ...match.problems.map((p) => `stdout ${p}`),
    ...unexpectedStderr(run.stderr).map((line) => `stderr: ${line}`),
  ];
  return { run, problems, measurements: match.measurements };
}

/** The problems of a Python run, each at the sample's file and line (src/runner/python-stderr.ts). */
export function pythonRunProblems(run: ExampleRun, cwd: string, timeoutMs: number): string[] {
  const found = pythonProblems(run.stderr, cwd);
  if (run.timedOut === true) {
    // The KeyboardInterrupt's traceback: its first located frame is where the program waited.
    const at = found.find((p) => p.file !== undefined);
    return [`did not end by itself within ${String(timeoutMs / 1000)} s${at ? `; it was waiting at ${at.file ?? ''}:${String(at.line)}` : ''}`];
  }
  return [...(run.exitCode === 0 ? [] : [`exit code ${run.exitCode ?? 'none (killed)'}, expected 0`]), ...found.map(describePythonProblem)];
}

async function verifyPython(catalogue: Catalogue, id: string, timeoutMs = DEFAULT_TIMEOUT_MS, inFolder?: string): Promise<Verification> {
  // Asked once per process: a missing interpreter is refused with what to install, not a spawn error.
  pythonVersion();
  const cwd = inFolder ?? stagedFolder(catalogue, id);
  const run = await runPythonProgram(path.join('examples', id), id, { cwd, timeoutMs });
  const match = matchOutput(catalogue.file(id).expected, run.stdout);
  return { run, problems: [...pythonRunProblems(run, cwd, timeoutMs), ...match.problems.map((p) => `stdout ${p}`)], measurements: match.measurements };
}

/** A failure message that names the example and every problem, for tests and scripts alike. */
export function describeProblems(id: string, problems: string[]): string {
  return `examples/${id}:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
