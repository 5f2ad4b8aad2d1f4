// Deno: --allow-all
// What a worker thread and a forked Node process cost: the time from creating one to its first
// message, and the memory it adds. Four of each are started one at a time and kept alive; times are
// medians, memory averages, so one slow start on a busy machine does not decide them. Memory is
// read from Linux's /proc: resident (RSS) counts pages a process shares with others, such as Node's
// own code mapped from the same file; private memory is what it alone holds.
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

if (process.platform !== 'linux') throw new Error("start-cost.ts reads memory from Linux's /proc: run it on Linux");

const COUNT = 4;
const script = new URL('./ready.ts', import.meta.url);

/** Resident and private memory of a process, in bytes, from /proc/<pid>/smaps_rollup (Linux). */
function memoryOf(pid: number | 'self'): { rss: number; private: number } {
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1]) * 1024;
  return { rss: kB('Rss'), private: kB('Private_Clean') + kB('Private_Dirty') };
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function startWorker(): Promise<{ worker: Worker; ms: number }> {
  const start = performance.now();
  const worker = new Worker(script);
  await once(worker, 'message'); // its first message: it is running
  return { worker, ms: performance.now() - start };
}

async function startChild(): Promise<{ child: ChildProcess; ms: number }> {
  const start = performance.now();
  const child = fork(script);
  await once(child, 'message');
  return { child, ms: performance.now() - start };
}

const before = memoryOf('self').private;
const workers = [];
for (let i = 0; i < COUNT; i++) workers.push(await startWorker());
const workerPrivate = (memoryOf('self').private - before) / COUNT; // what each thread added here
const children = [];
for (let i = 0; i < COUNT; i++) children.push(await startChild());
const childMemory = children.map(({ child }) => memoryOf(child.pid ?? 0)); // each process's own

for (const { worker } of workers) {
  const exited = once(worker, 'exit');
  worker.postMessage('done');
  await exited;
}
for (const { child } of children) {
  const exited = once(child, 'exit');
  child.send('done');
  await exited;
}

const workerMs = median(workers.map((w) => w.ms));
const childMs = median(children.map((c) => c.ms));
const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const childRss = average(childMemory.map((m) => m.rss));
const childPrivate = average(childMemory.map((m) => m.private));
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
console.log(`first message from a new worker: ${workerMs.toFixed(0)} ms; from a forked process: ${childMs.toFixed(0)} ms`);
console.log(`private memory a worker adds: ${mb(workerPrivate)} MB; a forked process holds: ${mb(childPrivate)} MB`);
console.log(`a forked process's resident memory (RSS): ${mb(childRss)} MB, ${(childRss / childPrivate).toFixed(1)} times its private memory`);
