// Runs one program as a reader would (`node examples/<id>`), with the leak check preloaded.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../cli/project-root.ts';

export interface ExampleRun {
  id: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

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
  const { node = process.execPath, timeoutMs = 60_000, cwd = projectRoot() } = options;
  // Node's on-disk compile cache (checked against each file's contents, one folder per Node
  // version): a warm run skips compiling and type-stripping, about half of a short example's time.
  const compileCache = path.join(cwd, '.cache', 'node-compile');
  const child = spawn(node, ['--import', leakCheck, file], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '', NODE_COMPILE_CACHE: compileCache, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  // Ask the leak check to name what is still open, then make sure the child is gone.
  const timer = setTimeout(() => {
    child.kill('SIGUSR2');
    setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  return { id, exitCode, stdout, stderr };
}
