// Grades one file of an exercise: runs its checks in a child process (src/exercises/child.ts), so a
// crash, a hang or a leaked handle in the learner's code cannot take the checker down with it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GradeResult } from './exercises.ts';
import type { Exercise } from './catalogue.ts';

const child = fileURLToPath(new URL('./child.ts', import.meta.url));

export interface GradeOptions {
  /** The Node binary (default: this process's). */
  node?: string;
  /** The whole run's deadline: past it the child is stopped and the result says it hung. */
  timeoutMs?: number;
}

/** Runs the checks of `exercise` against `file` (a name in its folder, e.g. `exercise.ts`). */
export async function gradeFile(exercise: Pick<Exercise, 'dir'>, file: string, options: GradeOptions = {}): Promise<GradeResult> {
  const { node = process.execPath, timeoutMs = 20_000 } = options;
  const run = spawn(node, [child, exercise.dir, file], {
    // Node's on-disk compile cache (keyed by each file's contents), as the examples' runner uses:
    // a warm run skips type-stripping and compiling, most of a short check's time. It is the
    // root's .cache (an exercise's folder is <root>/exercises/NN-name).
    env: { ...process.env, NODE_OPTIONS: '', NODE_COMPILE_CACHE: path.join(exercise.dir, '..', '..', '.cache', 'node-compile'), FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  run.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  run.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  let result: GradeResult | undefined;
  run.on('message', (message) => (result = message as GradeResult));
  const timer = setTimeout(() => run.kill('SIGKILL'), timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    run.on('error', reject);
    run.on('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  if (result) return result;
  const why = exitCode === null ? `stopped after ${timeoutMs / 1000} s without finishing` : `the process ended with exit code ${exitCode} before the checks finished`;
  const tail = output.trim().split('\n').slice(-8).join('\n');
  return { kind: 'crashed', message: tail ? `${why}; it printed:\n${tail}` : why };
}
