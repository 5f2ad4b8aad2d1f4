// The speed-up of two workers over one needs two free cores. On one core both workers share it and
// the ratio is about 1, so the claim is only made where os.availableParallelism() >= 2. On a
// machine whose cores are saturated by other processes (1-minute load average above 4 per core)
// there is no free core to measure with either, so the test is skipped there and says why. Other
// work can still take a core for a while (another process, or the host of a virtual machine), so
// the example gets up to five runs to show it; if none does, plain CPU work in two threads is
// measured the same way. If that is not faster side by side either, the machine had no free second
// core during the test, which is skipped with both figures; if it is, the example is at fault and
// the test fails.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/catalogue/catalogue.ts';
import { runProgram } from '../../../src/runner/run-example.ts';
import { sideBySideSpeedup } from '../../support/cpu-work.ts';

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
  it.skipIf(cores < 2 || saturated)(`two workers finish two CPU jobs at least ${MIN_SPEEDUP}x faster than one (${reason})`, async ({ skip }) => {
    const speedups: number[] = [];
    for (let attempt = 0; attempt < 5 && !speedups.some((s) => s >= MIN_SPEEDUP); attempt++) {
      const run = await runProgram(catalogue().file('parallelism/two-jobs.ts').path, 'parallelism/two-jobs.ts');
      expect(run.exitCode, run.stderr).toBe(0);
      speedups.push(speedupOf(run.stdout));
    }
    const best = Math.max(...speedups);
    if (best < MIN_SPEEDUP) {
      const control = await sideBySideSpeedup();
      skip(
        control < MIN_SPEEDUP,
        `no free second core during the test: the example measured ${speedups.join(', ')}, and plain CPU work in two threads ${control.toFixed(2)}`,
      );
    }
    expect(best, `speed-ups measured: ${speedups.join(', ')}`).toBeGreaterThanOrEqual(MIN_SPEEDUP);
  });
});
