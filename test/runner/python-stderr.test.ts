// The reading of a Python sample's stderr (src/runner/python-stderr.ts), on texts as CPython 3.11
// prints them: each exception or warning at the last frame in the sample's own files.
import { describe, expect, it } from 'vitest';
import { describePythonProblem, pythonProblems } from '../../src/runner/python-stderr.ts';

const cwd = '/repo/.cache/staged/x/main';

describe('pythonProblems', () => {
  it('locates a traceback at its last frame in the sample, not in the standard library', () => {
    const stderr = [
      'Traceback (most recent call last):',
      `  File "${cwd}/examples/x/main.py", line 9, in <module>`,
      '    asyncio.run(main())',
      '  File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run',
      '    return runner.run(main)',
      `  File "${cwd}/examples/x/helper.py", line 3, in fail`,
      "    raise KeyError('k')",
      '  File "/usr/lib/python3.11/asyncio/base_events.py", line 653, in run_until_complete',
      "KeyError: 'k'",
      '',
    ].join('\n');
    expect(pythonProblems(stderr, cwd).map(describePythonProblem)).toEqual(["examples/x/helper.py:3: KeyError: 'k'"]);
  });

  it("ignores asyncio's debug-mode notes on slow callbacks (the machine's load), and flags any other stray line", () => {
    const stderr = "Executing <Task pending name='Task-1' coro=<main() running at /x.py:5>> took 0.104 seconds\nprogress: 50%\n";
    expect(pythonProblems(stderr, cwd).map(describePythonProblem)).toEqual(['stderr: progress: 50%']);
  });

  it('finds nothing in an empty stderr', () => {
    expect(pythonProblems('', cwd)).toEqual([]);
  });
});
