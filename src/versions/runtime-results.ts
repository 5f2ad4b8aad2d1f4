// What a run of an example on Deno or Bun comes to, as its record keeps it: it passed (exit code 0,
// its `.out` matched with placeholders and claims applied as on Node, within the time limit), it
// failed (with the first line of its error), or it printed something else (with the diff against
// the `.out`). Node's leak check is Node's own: on Deno and Bun a run that leaves something open is
// caught only as a hang. Pure: the runs are made by src/runner/run-example.ts.
import { stripVTControlCharacters } from 'node:util';
import { matchOutput, outputDiff } from '../formats/expected-output.ts';

/** What a run left: src/runner/run-example.ts's ExampleRun. */
interface Run {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut?: boolean;
}

export type RuntimeResult =
  | { status: 'pass'; measurements: Record<string, number>; stderr?: string }
  | { status: 'fails'; error: string }
  | { status: 'differs'; first: string; diff: string[] };

/** Colour codes, in case a runtime ignores NO_COLOR. */
const stripAnsi = (text: string): string => stripVTControlCharacters(text);

/** The line of stderr that says what went wrong, without Deno's `error: Uncaught (in promise) `. */
export function errorLine(stderr: string): string | undefined {
  const lines = stripAnsi(stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const thrown = lines.find((l) => /^(error: )?(Uncaught (\(in promise\) )?)?[A-Z]\w*(Error|Exception|Capable)\b.*?:/.test(l)) ?? lines.find((l) => /^error: /.test(l));
  return thrown?.replace(/^error: /, '').replace(/^Uncaught (\(in promise\) )?/, '');
}

/** The permission flag a Deno run was refused for: `--allow-env` from "…, run again with the --allow-env flag". */
export function missingPermission(stderr: string): string | undefined {
  const text = stripAnsi(stderr);
  // Deno 2.9 refuses a `dns.lookup()` without net access as `getaddrinfo EPERM`, naming no flag.
  if (/\bgetaddrinfo EPERM\b/.test(text)) return '--allow-net';
  return /run again with the (--allow-[a-z-]+) flag/.exec(text)?.[1];
}

/** The result of one run against the expected output. */
export function runtimeResult(run: Run, expected: string, timeoutMs: number): RuntimeResult {
  if (run.timedOut === true) return { status: 'fails', error: `did not end by itself within ${String(timeoutMs / 1000)} s (a hang, or something left open)` };
  const match = matchOutput(expected, run.stdout);
  if (run.exitCode !== 0) return { status: 'fails', error: errorLine(run.stderr) ?? `exit code ${run.exitCode ?? 'none (killed)'}` };
  if (!match.ok) return { status: 'differs', first: match.problems[0] ?? '', diff: outputDiff(expected, run.stdout) };
  const stderr = stripAnsi(run.stderr).split('\n').find((l) => l.trim() !== '');
  return { status: 'pass', measurements: match.measurements, ...(stderr === undefined ? {} : { stderr: stderr.trim() }) };
}

/** One line for a badge: what differed, or the error. */
export function resultLine(result: RuntimeResult): string {
  if (result.status === 'pass') return 'passes';
  return result.status === 'fails' ? `fails: ${result.error}` : `prints other output: ${result.first}`;
}
