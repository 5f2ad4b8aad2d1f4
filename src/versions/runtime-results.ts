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

/**
 * The same result: the same status, and for a failure the same error line. Where the output
 * differs, which line differs first may not repeat: a timing claim that fails there can fail on
 * another line in the next run (Deno's loop delay read 1.04, then 0.01).
 */
export function sameResult(a: RuntimeResult, b: RuntimeResult): boolean {
  return a.status === b.status && (a.status !== 'fails' || resultLine(a) === resultLine(b));
}

/** A result, and in how many of a record's runs it came (each keeps the first such run's details). */
export type SeenResult = RuntimeResult & { runs: number };

/**
 * The different results of several runs of one program, the most frequent first (ties in the order
 * first seen). The examples are timed for Node: on Deno and Bun a race or a measured claim can go
 * one way in one run and the other way in the next, and the record keeps both.
 */
export function tallyResults(results: readonly RuntimeResult[]): SeenResult[] {
  const seen: SeenResult[] = [];
  for (const result of results) {
    const same = seen.find((s) => sameResult(s, result));
    if (same) same.runs++;
    else seen.push({ ...result, runs: 1 });
  }
  return seen.map((s, i) => ({ s, i })).sort((a, b) => b.s.runs - a.s.runs || a.i - b.i).map(({ s }) => s);
}

/** What a record's runs come to: the status they all had, or `varies` where they had more than one. */
export type Outcome = RuntimeResult['status'] | 'varies';

export function outcomeOf(seen: readonly SeenResult[]): Outcome {
  const statuses = new Set(seen.map((s) => s.status));
  return statuses.size === 1 ? (seen[0]?.status ?? 'fails') : 'varies';
}

const totalRuns = (seen: readonly SeenResult[]): number => seen.reduce((sum, s) => sum + s.runs, 0);

const PAST: Record<RuntimeResult['status'], string> = { pass: 'passed', fails: 'failed', differs: 'printed other output' };

/** How the runs went, in a few words: `in 3 runs, 2 passed, 1 printed other output`. */
export function runsLine(seen: readonly SeenResult[]): string {
  const byStatus = new Map<RuntimeResult['status'], number>();
  for (const s of seen) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + s.runs);
  return `in ${String(totalRuns(seen))} runs, ${[...byStatus].map(([status, n]) => `${String(n)} ${PAST[status]}`).join(', ')}`;
}

/** One line for a record's runs: `passes`, or each different result with how many runs gave it. */
export function seenLine(seen: readonly SeenResult[]): string {
  const [only] = seen;
  if (seen.length === 1 && only) return resultLine(only);
  return `${outcomeOf(seen) === 'varies' ? 'varies' : 'gave different results'} ${runsLine(seen)}: ${seen.map((s) => `${resultLine(s)} (${String(s.runs)} of ${String(totalRuns(seen))})`).join('; ')}`;
}
