// Requires: Node 24.3+, 22.18+ (no libuv worker before the first pool job: 24.2 and earlier start four at startup)
// Deno: --allow-all
// Node is not single-threaded: JavaScript runs on one thread, but the process has more, and the
// libuv thread pool appears on first use. Linux lists a process's threads in /proc/self/task.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

// #region census
function threadNames(): string[] {
  return readdirSync('/proc/self/task').map((id) => readFileSync(`/proc/self/task/${id}/comm`, 'utf8').trim());
}

function libuvWorkers(): number {
  return threadNames().filter((name) => name === 'libuv-worker').length;
}

if (process.platform === 'linux') {
  console.log(`threads at start: ${threadNames().length}, of which libuv workers: ${libuvWorkers()}`);
  await readFile(import.meta.filename); // the first async fs call starts the pool
  console.log(`libuv workers after the first readFile: ${libuvWorkers()}`);
} else {
  console.log(`thread census skipped: /proc/self/task exists only on Linux, not on ${process.platform}`);
}
// #endregion census
