// A TypeScript program's result on Deno or Bun as a badge beside its Node badges: "Deno 2.9.6 ✓",
// "Bun 1.4.5 ≠ prints other output (line 3)" or "Deno 2.9.6 ✗ TypeError: …", with the whole
// result (the diff, the error and the command) one click away on the examples page.
import type { Badge } from './matrix.ts';
import { RUNTIME_NAMES, type OtherRuntime } from './other-runtimes.ts';
import type { RuntimeResult } from './runtime-results.ts';

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

/** The badge of one run; `fileUrl` is the file's place on its examples page (`/examples/x/#name`). */
export function otherRuntimeBadge(runtime: OtherRuntime, run: { version: string; result: RuntimeResult }, fileUrl: string): Badge {
  const reason = shortReason(run.result);
  return {
    runtime: RUNTIME_NAMES[runtime],
    line: run.version,
    pass: run.result.status === 'pass',
    ...(reason === undefined ? {} : { reason, more: otherRuntimeAnchor(fileUrl, runtime) }),
    ...(run.result.status === 'differs' ? { differs: true } : {}),
  };
}
