// Feature: `worker[Symbol.asyncDispose]()` (`worker_threads`)
// Requires: Node 24.2+, 22.18+ (`Worker[Symbol.asyncDispose]`)
// Source: https://nodejs.org/docs/latest-v24.x/api/worker_threads.html#workersymbolasyncdispose
// Fallback: `await worker.terminate()` in a `finally`
// Disposing a worker terminates it and waits until it has stopped.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
await once(worker, 'online');
const exited = once(worker, 'exit');
await worker[Symbol.asyncDispose]();
const [code] = (await exited) as [number];
console.log(`worker exit code after dispose: ${code}`);
