// The runner's checks against fixture programs (test/fixtures/runner/): a leak, a hang, stray
// stderr, an output that differs from its .out and a claim the measurement breaks, each caught
// with its exact message.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchOutput } from '../../src/formats/expected-output.ts';
import { unexpectedStderr } from '../../src/runner/stderr.ts';
import { runProgram } from '../../src/runner/run-example.ts';

const fixture = (name: string): string => path.join(import.meta.dirname, '..', 'fixtures', 'runner', name);

describe('the runner on programs that break the rules', () => {
  it('names what a program left open when it exits, and fails it with exit code 70', async () => {
    const run = await runProgram(fixture('leaks.ts'), 'leaks.ts');
    expect(run.exitCode).toBe(70);
    expect(run.stderr).toBe('leak-check: still active at exit: TCPServerWrap\n');
  });

  it('stops a program that does not end, naming what keeps it alive, with exit code 71', async () => {
    const run = await runProgram(fixture('hangs.ts'), 'hangs.ts', { timeoutMs: 1_500 });
    expect(run.exitCode).toBe(71);
    expect(run.stderr).toBe('leak-check: did not exit; still active: Timeout\n');
  });

  it('reports stray stderr, and an output or a claim that differs from the .out', async () => {
    const run = await runProgram(fixture('prints.ts'), 'prints.ts');
    expect(run.exitCode).toBe(0);
    expect(unexpectedStderr(run.stderr)).toEqual(['an example must not print this']);
    expect(matchOutput('speed-up {{ratio >= 5}}\n', run.stdout).problems).toEqual(['line 1: claim "ratio >= 5" does not hold: measured 2']);
    expect(matchOutput('slow-down {{ratio}}\n', run.stdout).problems).toEqual(['line 1: expected "slow-down {{ratio}}", got "speed-up 2"']);
    expect(matchOutput('speed-up {{ratio}}\ndone\n', run.stdout).problems).toEqual(['line 2: expected "done", but the output ended']);
  });
});
