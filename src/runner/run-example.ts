// Runs one program as a reader would: `node examples/<id>` with the leak check preloaded,
// `python3 -X dev -W error examples/<id>` on Debian's CPython (src/versions/python.ts), or
// `deno run` / `bun` on the pinned Deno and Bun (src/versions/other-runtimes.ts).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../cli/project-root.ts';
import type { OtherRuntime } from '../versions/other-runtimes.ts';
import { PYTHON_FLAGS, pythonBinary } from '../versions/python.ts';

export interface ExampleRun {
  id: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** True when it did not end by itself within its time limit and was stopped. */
  timedOut?: boolean;
}

/** How long a program may run before it is stopped as a hang. */
export const DEFAULT_TIMEOUT_MS = 60_000;

const leakCheck = fileURLToPath(new URL('./leak-check.ts', import.meta.url));

export interface RunOptions {
  /** The Node binary (default: this process's). */
  node?: string;
  /** A run that does not end by itself within this is stopped, naming what it left open. */
  timeoutMs?: number;
  /** The folder it runs in (default: the current one, the repository root). */
  cwd?: string;
}

/** Runs a TypeScript program file the way a reader runs an example. */
export async function runProgram(file: string, id: string, options: RunOptions = {}): Promise<ExampleRun> {
  const { node = process.execPath, timeoutMs = DEFAULT_TIMEOUT_MS, cwd = projectRoot() } = options;
  // Node's on-disk compile cache (checked against each file's contents, one folder per Node
  // version): a warm run skips compiling and type-stripping, about half of a short example's time.
  const compileCache = path.join(cwd, '.cache', 'node-compile');
  const env = { ...process.env, NODE_OPTIONS: '', NODE_COMPILE_CACHE: compileCache, FORCE_COLOR: '0', NO_COLOR: '1' };
  // On a hang, the leak check (SIGUSR2) names what is still open.
  return capture(id, node, ['--import', leakCheck, file], { cwd, env, timeoutMs, stopWith: 'SIGUSR2' });
}

/** Runs a Python program file on Debian's CPython in development mode, warnings as errors. */
export async function runPythonProgram(file: string, id: string, options: Omit<RunOptions, 'node'> & { python?: string } = {}): Promise<ExampleRun> {
  const { python = pythonBinary(), timeoutMs = DEFAULT_TIMEOUT_MS, cwd = projectRoot() } = options;
  // No bytecode written beside the sources, and nothing from the caller's Python setup.
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', NO_COLOR: '1' };
  for (const name of ['PYTHONPATH', 'PYTHONHOME', 'PYTHONWARNINGS', 'PYTHONSTARTUP']) delete env[name];
  // On a hang, SIGINT raises KeyboardInterrupt where it waits: the traceback names the line.
  return capture(id, python, [...PYTHON_FLAGS, file], { cwd, env, timeoutMs, stopWith: 'SIGINT' });
}

/**
 * Runs a TypeScript program on Deno (with `flags`, its `// Deno:` permissions, and never a prompt)
 * or Bun. Neither has Node's leak check: a run that does not end by itself within the limit is a
 * hang, stopped with SIGKILL.
 */
export async function runOnOtherRuntime(runtime: OtherRuntime, binary: string, file: string, id: string, options: { flags?: string[]; timeoutMs?: number; cwd?: string } = {}): Promise<ExampleRun> {
  const { flags = [], timeoutMs = DEFAULT_TIMEOUT_MS, cwd = projectRoot() } = options;
  // No FORCE_COLOR at all: Deno colours its console.log output when it is set, even to 0.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DENO_DIR: path.join(projectRoot(), '.cache', 'deno-dir') };
  delete env['FORCE_COLOR'];
  // Deno finds the project's package.json above the staged folder and resolves bare specifiers
  // from the node_modules beside it ("manual"), as Node and Bun do.
  const args = runtime === 'deno' ? ['run', '--no-prompt', '--node-modules-dir=manual', ...flags, file] : [file];
  // Its own process group: a hang is stopped with the processes it started (a child server, a worker process).
  return capture(id, binary, args, { cwd, env, timeoutMs, stopWith: 'SIGKILL', group: true });
}

async function capture(id: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; stopWith: NodeJS.Signals; group?: boolean }): Promise<ExampleRun> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: options.group === true });
  const stop = (signal: NodeJS.Signals): void => {
    if (options.group === true && child.pid !== undefined) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is gone already.
      }
    } else child.kill(signal);
  };
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  // Ask it to say where it is, then make sure the child is gone.
  const timer = setTimeout(() => {
    timedOut = true;
    stop(options.stopWith);
    setTimeout(() => stop('SIGKILL'), 2_000).unref();
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  // Nothing it started outlives the run.
  if (options.group === true) stop('SIGKILL');
  return { id, exitCode, stdout, stderr, ...(timedOut ? { timedOut } : {}) };
}
