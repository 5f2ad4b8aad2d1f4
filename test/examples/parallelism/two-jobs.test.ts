// The speed-up of two workers over one needs two cores: on one core both workers share it and the
// ratio is about 1, so the claim is only made where os.availableParallelism() >= 2. Other work on a
// busy machine can steal a core for a moment, so the example gets up to three runs to show it.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../../src/runner/run-example.ts';

const cores = os.availableParallelism();

function speedupOf(stdout: string): number {
  const match = /speed-up of two workers at once over one after the other: (\d+(?:\.\d+)?)/.exec(stdout);
  if (!match?.[1]) throw new Error(`no speed-up in the output:\n${stdout}`);
  return Number(match[1]);
}

describe('parallelism/two-jobs.ts', () => {
  it.skipIf(cores < 2)(`two workers finish two CPU jobs at least 1.25x faster than one (needs 2+ cores; this machine has ${cores})`, async () => {
    const speedups: number[] = [];
    for (let attempt = 0; attempt < 3 && !speedups.some((s) => s >= 1.25); attempt++) {
      const run = await runExample('parallelism/two-jobs.ts');
      expect(run.exitCode, run.stderr).toBe(0);
      speedups.push(speedupOf(run.stdout));
    }
    expect(Math.max(...speedups), `speed-ups measured: ${speedups.join(', ')}`).toBeGreaterThanOrEqual(1.25);
  });
});
