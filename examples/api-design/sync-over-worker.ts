// A synchronous function over async work, the way synckit does it: a worker runs the async code,
// and the caller blocks on Atomics.wait until the answer is posted. The call has no colour again,
// but the calling thread does nothing else meanwhile: not even a due timer fires.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

// #region sync-over-worker
// The worker's side: await something, post the answer, wake the caller.
const workerSource = `
  const { workerData } = require('node:worker_threads');
  const { setTimeout: sleep } = require('node:timers/promises');
  const { port, signal } = workerData;
  port.on('message', async (name) => {
    await sleep(50); // stands in for an async call: fetch, a database driver
    port.postMessage('hello, ' + name);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
`;
const signal = new Int32Array(new SharedArrayBuffer(4));
const { port1, port2 } = new MessageChannel();
const worker = new Worker(workerSource, { eval: true, workerData: { port: port2, signal }, transferList: [port2] });

function greetSync(name: string): string {
  Atomics.store(signal, 0, 0);
  port1.postMessage(name);
  Atomics.wait(signal, 0, 0, 5_000); // this thread sleeps here until the worker notifies
  const reply = receiveMessageOnPort(port1) as { message: string } | undefined;
  if (!reply) throw new Error('the worker did not answer within 5 s');
  return reply.message;
}
// #endregion sync-over-worker

// #region cost
let ticks = 0;
const interval = setInterval(() => ticks++, 5);
try {
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the worker start and the interval run
  const before = ticks;
  console.log(greetSync('sync caller'));
  console.log(`timer ticks during the 50 ms synchronous call: ${ticks - before}`);
} finally {
  clearInterval(interval);
  port1.close();
  await worker.terminate();
}
// #endregion cost
