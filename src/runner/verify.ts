// One verification of one example: run it, then compare what it did with what it must do.
import { matchOutput } from '../lib/expected-output.ts';
import { unexpectedStderr } from '../lib/stderr.ts';
import { readExpected, sourceHash } from './catalogue.ts';
import { currentEnvironment, type RunRecord } from './records.ts';
import { runExample, type ExampleRun } from './run-example.ts';

export interface Verification {
  run: ExampleRun;
  problems: string[];
  record: RunRecord;
}

export async function verifyExample(id: string, options: { node?: string; nodeVersion?: string } = {}): Promise<Verification> {
  const hash = sourceHash(id);
  const run = await runExample(id, options);
  const match = matchOutput(readExpected(id), run.stdout);
  const problems = [
    ...(run.exitCode === 0 ? [] : [`exit code ${run.exitCode ?? 'none (killed)'}, expected 0`]),
    ...match.problems.map((p) => `stdout ${p}`),
    ...unexpectedStderr(run.stderr).map((line) => `stderr: ${line}`),
  ];
  const record: RunRecord = {
    example: id,
    sourceHash: hash,
    ...currentEnvironment(options.nodeVersion),
    stdout: run.stdout,
    measurements: match.measurements,
  };
  return { run, problems, record };
}

/** A failure message that names the example and every problem, for tests and scripts alike. */
export function describeProblems(id: string, problems: string[]): string {
  return `examples/${id}:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
