// Runs one example as a reader would (`node examples/<id>`), with the leak check preloaded.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cacheDir, examplePath, root } from './paths.ts';

export interface ExampleRun {
  id: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const leakCheck = path.join(root, 'src', 'runner', 'leak-check.ts');
// Node's on-disk compile cache (checked against each file's contents, one folder per Node version):
// a warm run skips compiling and type-stripping, about 0.13 s of the 0.24 s a short example takes.
export const compileCacheDir = path.join(cacheDir, 'node-compile');

/** Runs an example with the current Node; a run that does not end by itself within `timeoutMs` is stopped. */
export async function runExample(id: string, options: { node?: string; timeoutMs?: number } = {}): Promise<ExampleRun> {
  return runProgram(examplePath(id), id, options);
}

/** Runs any TypeScript program file the way runExample runs an example. */
export async function runProgram(file: string, id: string, options: { node?: string; timeoutMs?: number } = {}): Promise<ExampleRun> {
  const { node = process.execPath, timeoutMs = 60_000 } = options;
  const child = spawn(node, ['--import', leakCheck, file], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', NODE_COMPILE_CACHE: compileCacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
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
