// One verification of one example: run it, then compare what it did with what it must do.
import type { Catalogue } from '../catalogue/catalogue.ts';
import { matchOutput } from '../lib/expected-output.ts';
import { unexpectedStderr } from '../lib/stderr.ts';
import { runProgram, type ExampleRun } from './run-example.ts';

export interface Verification {
  run: ExampleRun;
  problems: string[];
  measurements: Record<string, number>;
}

export async function verifyExample(catalogue: Catalogue, id: string, options: { node?: string; timeoutMs?: number } = {}): Promise<Verification> {
  const file = catalogue.file(id);
  const run = await runProgram(file.path, id, { ...options, cwd: catalogue.root });
  const match = matchOutput(file.expected, run.stdout);
  const problems = [
    ...(run.exitCode === 0 ? [] : [`exit code ${run.exitCode ?? 'none (killed)'}, expected 0`]),
    ...match.problems.map((p) => `stdout ${p}`),
    ...unexpectedStderr(run.stderr).map((line) => `stderr: ${line}`),
  ];
  return { run, problems, measurements: match.measurements };
}

/** A failure message that names the example and every problem, for tests and scripts alike. */
export function describeProblems(id: string, problems: string[]): string {
  return `examples/${id}:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
