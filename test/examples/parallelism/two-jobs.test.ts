// The speed-up of two workers over one needs two free cores. On one core both workers share it and
// the ratio is about 1, so the claim is only made where os.availableParallelism() >= 2. On a
// machine whose cores are saturated by other processes (1-minute load average above 4 per core)
// there is no free core to measure with either, so the test is skipped there and says why. Other
// work can still steal a core for a moment, so the example gets up to five runs to show it.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../../src/runner/run-example.ts';

const cores = os.availableParallelism();
const load = os.loadavg()[0] ?? 0;
const saturated = load > 4 * cores;
const MIN_SPEEDUP = 1.2;

function speedupOf(stdout: string): number {
  const match = /speed-up of two workers at once over one after the other: (\d+(?:\.\d+)?)/.exec(stdout);
  if (!match?.[1]) throw new Error(`no speed-up in the output:\n${stdout}`);
  return Number(match[1]);
}

describe('parallelism/two-jobs.ts', () => {
  const reason = cores < 2 ? `skipped: ${cores} core` : saturated ? `skipped: load average ${load.toFixed(1)} saturates ${cores} cores` : `${cores} cores`;
  it.skipIf(cores < 2 || saturated)(`two workers finish two CPU jobs at least ${MIN_SPEEDUP}x faster than one (${reason})`, async () => {
    const speedups: number[] = [];
    for (let attempt = 0; attempt < 5 && !speedups.some((s) => s >= MIN_SPEEDUP); attempt++) {
      const run = await runExample('parallelism/two-jobs.ts');
      expect(run.exitCode, run.stderr).toBe(0);
      speedups.push(speedupOf(run.stdout));
    }
    expect(Math.max(...speedups), `speed-ups measured: ${speedups.join(', ')}`).toBeGreaterThanOrEqual(MIN_SPEEDUP);
  });
});
