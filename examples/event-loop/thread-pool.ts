// Requires: Node 24.3+, 22.18+ (`import.meta.main` in pool-race.ts, which it runs)
// The libuv pool has 4 threads by default. Four pbkdf2 jobs occupy all of them, so a readFile
// started after them waits; with three jobs, or a fifth thread, it finishes first. The pool size
// is read once, from the environment, so the sized runs happen in child processes.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, race } from './pool-race.ts';

const run = promisify(execFile);

// #region in-process
for (const jobs of [4, 3]) {
  console.log(`default pool, ${jobs} pbkdf2 jobs: ${describe(await race(jobs))}`);
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
