// The runner's checks on Python fixture programs (test/fixtures/runner/*.py): what `-X dev -W error`
// reports without failing the exit code (a never-awaited coroutine, a never-retrieved task
// exception, an unclosed file) fails the run anyway, at the fixture's file and line; so do an
// uncaught exception and a hang.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/cli/project-root.ts';
import { pythonRunProblems } from '../../src/runner/verify.ts';
import { runPythonProgram } from '../../src/runner/run-example.ts';

const root = projectRoot();
const fixture = (name: string): string => path.join('test', 'fixtures', 'runner', name);

async function problemsOf(name: string, timeoutMs = 20_000): Promise<{ exitCode: number | null; problems: string[] }> {
  const run = await runPythonProgram(fixture(name), name, { cwd: root, timeoutMs });
  return { exitCode: run.exitCode, problems: pythonRunProblems(run, root, timeoutMs) };
}

describe('the runner on Python programs that break the rules', () => {
  it('fails a never-awaited coroutine, which exits 0, at the line that made it', async () => {
    expect(await problemsOf('never-awaited.py')).toEqual({
      exitCode: 0,
      problems: ["test/fixtures/runner/never-awaited.py:9: RuntimeWarning: coroutine 'tick' was never awaited"],
    });
  });

  it('fails a task exception that was never retrieved, which is only logged, at the line that raised it', async () => {
    expect(await problemsOf('never-retrieved.py')).toEqual({
      exitCode: 0,
      problems: ['test/fixtures/runner/never-retrieved.py:5: Task exception was never retrieved: ValueError: boom'],
    });
  });

  it('fails an unclosed file, at the line where it was dropped', async () => {
    const { exitCode, problems } = await problemsOf('unclosed.py');
    expect(exitCode).toBe(0);
    expect(problems).toEqual([expect.stringMatching(/^test\/fixtures\/runner\/unclosed\.py:7: ResourceWarning: unclosed file <_io\.TextIOWrapper name='.*unclosed\.py' mode='r' encoding='UTF-8'>$/)]);
  });

  it('fails an uncaught exception with its exit code and the line that raised it', async () => {
    expect(await problemsOf('fails.py')).toEqual({
      exitCode: 1,
      problems: ['exit code 1, expected 0', 'test/fixtures/runner/fails.py:6: RuntimeError: the program failed'],
    });
  });

  it("lets asyncio's debug note on a slow callback through: it is about the machine's load", async () => {
    const run = await runPythonProgram(fixture('slow-callback.py'), 'slow-callback.py', { cwd: root });
    expect(run.stderr).toMatch(/^Executing <Task finished name='Task-1' .*> took 0\.\d+ seconds\n$/);
    expect(pythonRunProblems(run, root, 60_000)).toEqual([]);
  });

  // Long enough for the interpreter to be in asyncio.run on a busy machine, so the traceback is the wait's.
  it('stops a program that does not end, naming the line it waits on', async () => {
    const { problems } = await problemsOf('hangs.py', 3_000);
    expect(problems).toEqual(['did not end by itself within 3 s; it was waiting at test/fixtures/runner/hangs.py:6']);
  });
});
