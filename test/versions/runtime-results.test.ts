// A run on Deno or Bun as its record keeps it (pass, fails with its first error line, differs with
// the diff against the .out), Deno's refusals read for the permission they name, and the badge
// each result becomes.
import { describe, expect, it } from 'vitest';
import { errorLine, missingPermission, outcomeOf, resultLine, runsLine, runtimeResult, seenLine, tallyResults, type RuntimeResult } from '../../src/versions/runtime-results.ts';
import { otherRuntimeBadge, shortReason } from '../../src/versions/runtime-badges.ts';
import { outputDiff } from '../../src/formats/expected-output.ts';

const EXPECTED = 'start\nratio {{ratio >= 2}}\ndone\n';
const run = (stdout: string, extra: { exitCode?: number | null; stderr?: string; timedOut?: boolean } = {}) => ({ exitCode: 0, stderr: '', ...extra, stdout });

// What Deno 2.9.6 prints (without colour) when a program reads the environment without --allow-env.
const DENO_REFUSAL = [
  'error: Uncaught (in promise) NotCapable: Requires env access to "HOME", run again with the --allow-env flag',
  'console.log(process.env.HOME);',
  '                        ^',
  '    at Object.getEnv [as get] (ext:deno_os/30_os.js:1:1291)',
  '',
].join('\n');

describe('runtimeResult', () => {
  it('passes a run that prints its .out, placeholders and claims applied, keeping the measurements', () => {
    expect(runtimeResult(run('start\nratio 3\ndone\n'), EXPECTED, 30_000)).toEqual({ status: 'pass', measurements: { ratio: 3 } });
  });

  it('keeps the first line a passing run printed on stderr', () => {
    expect(runtimeResult(run('start\nratio 3\ndone\n', { stderr: '\nWarning: something\nmore\n' }), EXPECTED, 30_000)).toEqual({ status: 'pass', measurements: { ratio: 3 }, stderr: 'Warning: something' });
  });

  it('fails a run that exits with another code, with the line naming the error', () => {
    expect(runtimeResult(run('start\n', { exitCode: 1, stderr: DENO_REFUSAL }), EXPECTED, 30_000)).toEqual({
      status: 'fails',
      error: 'NotCapable: Requires env access to "HOME", run again with the --allow-env flag',
    });
    expect(runtimeResult(run('', { exitCode: 3 }), EXPECTED, 30_000)).toEqual({ status: 'fails', error: 'exit code 3' });
  });

  it('fails a run that did not end by itself within the limit: the only leak check on Deno and Bun', () => {
    expect(runtimeResult(run('start\n', { exitCode: null, timedOut: true }), EXPECTED, 30_000)).toEqual({
      status: 'fails',
      error: 'did not end by itself within 30 s (a hang, or something left open)',
    });
  });

  it('says a run that ends well but prints something else differs, with its first problem and the diff', () => {
    const result = runtimeResult(run('start\nratio 1\ndone\nextra\n'), EXPECTED, 30_000);
    expect(result).toEqual({
      status: 'differs',
      first: 'line 2: claim "ratio >= 2" does not hold: measured 1',
      diff: ['  start', '- ratio {{ratio >= 2}}', '+ ratio 1', '  done', '+ extra'],
    });
    expect(resultLine(result)).toBe('prints other output: line 2: claim "ratio >= 2" does not hold: measured 1');
  });
});

describe('errorLine and missingPermission', () => {
  it("reads a Bun error and Deno's", () => {
    expect(errorLine('1 | throw new TypeError("x")\n    ^\nTypeError: x\n      at /a.ts:1:7\n')).toBe('TypeError: x');
    expect(errorLine('error: Module not found "file:///a/b.ts".\n')).toBe('Module not found "file:///a/b.ts".');
  });

  it('names the flag Deno asks for, and nothing in another failure', () => {
    expect(missingPermission(DENO_REFUSAL)).toBe('--allow-env');
    expect(missingPermission('TypeError: x\n')).toBeUndefined();
    // Its refusal of a DNS lookup names no flag: net access is what lifts it.
    expect(missingPermission('error: Uncaught (in promise) Error: getaddrinfo EPERM localhost\n')).toBe('--allow-net');
  });
});

describe('outputDiff', () => {
  it('shows matching lines as printed, the .out lines missing with -, and the printed ones instead with +', () => {
    expect(outputDiff('a\n{{n}} items\nc\n', 'a\n3 items\nb\n')).toEqual(['  a', '  3 items', '- c', '+ b']);
  });
});

const PASSED: RuntimeResult = { status: 'pass', measurements: { ratio: 3 } };
const DIFFERED: RuntimeResult = { status: 'differs', first: 'line 2: claim "ratio >= 2" does not hold: measured 1', diff: ['- ratio {{ratio >= 2}}', '+ ratio 1'] };
const REFUSED: RuntimeResult = { status: 'fails', error: 'NotCapable: Requires env access' };

describe('the results of several runs', () => {
  it('keeps each different result once, with how many runs gave it, the most frequent first', () => {
    const later: RuntimeResult = { status: 'differs', first: 'line 3: expected "done", got "x"', diff: [] };
    expect(tallyResults([PASSED, DIFFERED, later, { status: 'pass', measurements: { ratio: 4 } }, DIFFERED])).toEqual([
      { ...DIFFERED, runs: 3 },
      { ...PASSED, runs: 2 },
    ]);
    expect(tallyResults([REFUSED, { status: 'fails', error: 'exit code 3' }]).map((s) => s.runs)).toEqual([1, 1]);
  });

  it('comes to one outcome where every run had one status, and to varies where they had more', () => {
    expect(outcomeOf(tallyResults([PASSED, PASSED, PASSED]))).toBe('pass');
    expect(outcomeOf(tallyResults([REFUSED, { status: 'fails', error: 'exit code 3' }]))).toBe('fails');
    expect(outcomeOf(tallyResults([PASSED, DIFFERED]))).toBe('varies');
  });

  it('says in one line what the runs gave', () => {
    expect(seenLine(tallyResults([PASSED, PASSED, PASSED]))).toBe('passes');
    expect(seenLine(tallyResults([DIFFERED, PASSED, PASSED]))).toBe(
      'varies in 3 runs, 2 passed, 1 printed other output: passes (2 of 3); prints other output: line 2: claim "ratio >= 2" does not hold: measured 1 (1 of 3)',
    );
    expect(runsLine(tallyResults([REFUSED, DIFFERED, REFUSED]))).toBe('in 3 runs, 2 failed, 1 printed other output');
  });
});

describe('the badge of a result', () => {
  it('is a plain pass, or one short line linking to the whole result', () => {
    expect(otherRuntimeBadge('deno', { version: '2.9.6', results: [{ status: 'pass', measurements: {}, runs: 3 }] }, '/examples/x/#a')).toEqual({ runtime: 'Deno', line: '2.9.6', pass: true });
    expect(otherRuntimeBadge('bun', { version: '1.4.5', results: [{ status: 'differs', first: 'line 3: expected "a", got "b"', diff: [], runs: 3 }] }, '/examples/x/#a')).toEqual({
      runtime: 'Bun',
      line: '1.4.5',
      pass: false,
      reason: 'prints other output (line 3)',
      more: '/examples/x/#a-on-bun',
      differs: true,
    });
  });

  it('marks runs that went different ways ±, saying how many went each way', () => {
    const results = tallyResults([PASSED, DIFFERED, PASSED]);
    expect(otherRuntimeBadge('bun', { version: '1.4.5', results }, '/examples/x/#a')).toEqual({
      runtime: 'Bun',
      line: '1.4.5',
      pass: false,
      reason: 'in 3 runs, 2 passed, 1 printed other output',
      more: '/examples/x/#a-on-bun',
      varies: true,
    });
  });

  it('cuts a long error to one short line', () => {
    const reason = shortReason({ status: 'fails', error: `TypeError: ${'x'.repeat(200)}` }) ?? '';
    expect([reason.length, reason.endsWith('…')]).toEqual([90, true]);
  });
});
