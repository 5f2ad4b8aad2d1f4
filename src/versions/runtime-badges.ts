// A TypeScript program's result on Deno or Bun as a badge beside its Node badges: "Deno 2.9.6 ✓",
// "Bun 1.4.5 ≠ prints other output (line 3)", "Deno 2.9.6 ✗ TypeError: …" or, where its runs went
// different ways, "Bun 1.4.5 ± in 3 runs, 2 passed, 1 printed other output", with the whole
// result (the diff, the error and the command) one click away on the examples page.
import type { Badge } from './matrix.ts';
import { RUNTIME_NAMES, type OtherRuntime } from './other-runtimes.ts';
import { outcomeOf, runsLine, type RuntimeResult, type SeenResult } from './runtime-results.ts';

/** A badge's one line is short: the whole error is one click away. */
const MAX_REASON = 90;

/** The id of the result's section on the examples page, beside the file's anchor: `limit-on-deno`. */
export function otherRuntimeAnchor(fileAnchor: string, runtime: OtherRuntime): string {
  return `${fileAnchor}-on-${runtime}`;
}

/** What a failing result says in one line. */
export function shortReason(result: RuntimeResult): string | undefined {
  if (result.status === 'pass') return undefined;
  if (result.status === 'differs') {
    const line = /^line (\d+)/.exec(result.first)?.[1];
    return `prints other output${line ? ` (line ${line})` : ''}`;
  }
  return result.error.length > MAX_REASON ? `${result.error.slice(0, MAX_REASON - 1).trimEnd()}…` : result.error;
}

/**
 * The badge of a record's runs; `fileUrl` is the file's place on its examples page
 * (`/examples/x/#name`). Runs that went different ways make one badge marked ±: "in 3 runs, 2
 * passed, 1 printed other output".
 */
export function otherRuntimeBadge(runtime: OtherRuntime, run: { version: string; results: SeenResult[] }, fileUrl: string): Badge {
  const outcome = outcomeOf(run.results);
  const [first] = run.results;
  const reason = outcome === 'varies' ? runsLine(run.results) : first && shortReason(first);
  return {
    runtime: RUNTIME_NAMES[runtime],
    line: run.version,
    pass: outcome === 'pass',
    ...(reason === undefined ? {} : { reason, more: otherRuntimeAnchor(fileUrl, runtime) }),
    ...(outcome === 'differs' ? { differs: true } : {}),
    ...(outcome === 'varies' ? { varies: true } : {}),
  };
}
