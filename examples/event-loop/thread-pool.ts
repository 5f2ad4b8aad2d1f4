// Requires: Node 24.3+, 22.18+ (`import.meta.main` in pool-race.ts, which it runs)
// Deno: --allow-env --allow-read --allow-run
// The libuv pool has 4 threads by default. Four pbkdf2 jobs occupy all of them, so a readFile
// started after them waits; with three jobs, or a fifth thread, it finishes first. The pool size
// is read once, from the environment, so the sized runs happen in child processes.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { printSpans, type Span } from '../lib/spans.ts';
import { describe, race } from './pool-race.ts';

const run = promisify(execFile);

// #region in-process
const rounds: [string, Span[]][] = [];
for (const [jobs, name] of [[4, 'four-hashes'], [3, 'three-hashes']] as const) {
  const finished = await race(jobs);
  console.log(`default pool, ${jobs} pbkdf2 jobs: ${describe(finished)}`);
  rounds.push([name, finished]);
}
// #endregion in-process

// #region child-env
const script = new URL('./pool-race.ts', import.meta.url);
for (const [name, value] of [['UV_THREADPOOL_SIZE', '5'], ['UV_USE_IO_URING', '1']] as const) {
  const env = { ...process.env, [name]: value };
  const { stdout } = await run(process.execPath, [script.pathname, '4'], { env });
  console.log(`${name}=${value}, 4 pbkdf2 jobs: ${stdout.trim()}`);
}
// #endregion child-env

for (const [name, finished] of rounds) printSpans(name, finished); // when each job ran
