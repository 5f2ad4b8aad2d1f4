// The one Python the samples run on: Debian's CPython (`/usr/bin/python3`, 3.11 on Debian 12), not
// whatever `python3` comes first on PATH (a pyenv or a venv would record another version). The
// environment variable AWAITED_PYTHON names another interpreter, e.g. on a machine without Debian's.
import { execFileSync } from 'node:child_process';

export const DEFAULT_PYTHON = '/usr/bin/python3';

/** The interpreter that runs Python samples. */
export function pythonBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.AWAITED_PYTHON ?? DEFAULT_PYTHON;
}

/**
 * How a Python sample runs: asyncio's debug mode and the development mode's warnings (`-X dev`),
 * every warning an error (`-W error`), so a never-awaited coroutine or an unclosed resource fails.
 */
export const PYTHON_FLAGS = ['-X', 'dev', '-W', 'error'] as const;

/** The interpreter cannot run: a fact about the machine, said without a stack. */
export class InterpreterError extends Error {
  override name = 'InterpreterError';
}

const versions = new Map<string, string>();

/** The interpreter's version, `3.11.2`, asked once per process; names AWAITED_PYTHON when it cannot run. */
export function pythonVersion(binary = pythonBinary()): string {
  let version = versions.get(binary);
  if (version === undefined) {
    try {
      version = execFileSync(binary, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch (error) {
      const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      throw new InterpreterError(`cannot run ${binary} (${why}): install Debian's python3 (\`apt-get install python3\`) or set AWAITED_PYTHON to a CPython 3.11`, { cause: error });
    }
    versions.set(binary, version);
  }
  return version;
}
