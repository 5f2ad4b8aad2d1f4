// One record per example, committed under records/examples/<id>.json and written whole by
// `npm run refresh`: the verifying run on the pinned Node, the result on every Node release tried,
// the result on Deno and Bun, and, for a deliberately wrong file, what tsc and ESLint report. One hash (ExampleFile.hash)
// decides whether a record is fresh.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseResult } from '../versions/matrix.ts';
import type { OtherRuntime } from '../versions/other-runtimes.ts';
import type { SeenResult } from '../versions/runtime-results.ts';

export interface RunResult {
  /** `v24.21.0`: a TypeScript program's run. */
  node?: string;
  /** `3.11.2`: a Python program's run (CPython, src/versions/python.ts). */
  python?: string;
  platform: string;
  cpus: number;
  /** The day of the run, YYYY-MM-DD. */
  date: string;
  stdout: string;
  measurements: Record<string, number>;
}

/** What ran it, for captions: `Node v24.21.0`, `CPython 3.11.2`. */
export function runtimeOf(run: RunResult): string {
  return run.python === undefined ? `Node ${run.node ?? '?'}` : `CPython ${run.python}`;
}

export interface ReleaseRuns {
  platform: string;
  cpus: number;
  date: string;
  /** Per release line, the first release it passes on (null where none does), found by bisection. */
  minimums: Record<string, string | null>;
  /** Every release tried, keyed by exact Node version, `22.23.3`. */
  results: Record<string, ReleaseResult>;
}

/** A TypeScript program's runs on Deno or Bun (src/versions/runtime-results.ts says what each result means). */
export interface OtherRuntimeRun {
  /** The exact version, package.json `awaited.runtimes`: a result for another version is missing. */
  version: string;
  /** Deno: the permission flags it ran with, its `// Deno:` header's (a result for other flags is missing). */
  flags?: string[];
  date: string;
  /** Every different result of the runs the record was made from, the most frequent first. */
  results: SeenResult[];
}

export interface Diagnostic {
  /** `python` is the interpreter's own message (a SyntaxError, a warning it raises). */
  tool: 'tsc' | 'eslint' | 'pyright' | 'python';
  line: number;
  column: number;
  /** `TS2801` for tsc, the rule id for ESLint and pyright, the exception's class for python. */
  code: string;
  message: string;
}

export interface DiagnosticsCapture {
  /** The versions that produced it: typescript, eslint and typescript-eslint; or pyright and python. */
  tools: Record<string, string>;
  /** In line order; tsc before ESLint on one spot. */
  list: Diagnostic[];
}

export interface ExampleRecord {
  example: string;
  hash: string;
  /** Programs only. */
  run?: RunResult;
  /** Programs only. */
  releases?: ReleaseRuns;
  /** TypeScript programs only: the run on each of package.json `awaited.runtimes` (Deno, Bun). */
  runtimes?: Partial<Record<OtherRuntime, OtherRuntimeRun>>;
  /** Broken files only. */
  diagnostics?: DiagnosticsCapture;
}

export function recordPathOf(recordsDir: string, id: string): string {
  return path.join(recordsDir, 'examples', `${id}.json`);
}

export function readRecordFile(recordsDir: string, id: string): ExampleRecord | undefined {
  const file = recordPathOf(recordsDir, id);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ExampleRecord) : undefined;
}

export function writeRecordFile(recordsDir: string, record: ExampleRecord): void {
  const file = recordPathOf(recordsDir, record.example);
  mkdirSync(path.dirname(file), { recursive: true });
  // One line per release result and per diagnostic keeps diffs small and reviewable.
  const text = JSON.stringify(record, null, 2).replace(/\{\n\s+("(?:pass|tool)":[^{}]*?)\n\s+\}/g, (_all, body: string) => `{ ${body.replace(/\n\s+/g, ' ')} }`);
  writeFileSync(file, text + '\n');
}
