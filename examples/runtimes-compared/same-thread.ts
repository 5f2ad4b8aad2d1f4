// Deno: --allow-read
// Where does the code after an await run? In Node, always on the JavaScript thread that awaited:
// the main thread, or the worker that started the operation, even when the operation itself ran
// on a libuv pool thread (readFile, pbkdf2 do).
import { pbkdf2 } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { isMainThread, parentPort, threadId, Worker } from 'node:worker_threads';

// #region continuations
async function whereDoContinuationsRun(): Promise<string> {
  const before = threadId;
  await readFile(import.meta.filename); // runs on a libuv pool thread
  const afterRead = threadId;
  await promisify(pbkdf2)('secret', 'salt', 1000, 32, 'sha256'); // so does this
  const afterHash = threadId;
  const same = before === afterRead && afterRead === afterHash;
  return `threadId before await ${before}, after ${afterRead} and ${afterHash}: same thread ${same}`;
}
// #endregion continuations

if (isMainThread) {
  // #region main-and-worker
  console.log(`main thread: ${await whereDoContinuationsRun()}`);
  const worker = new Worker(new URL(import.meta.url));
  worker.once('message', (report: string) => console.log(`worker:      ${report}`));
  await once(worker, 'exit'); // after its message; rejects if the worker throws
  // #endregion main-and-worker
} else {
  parentPort?.postMessage(await whereDoContinuationsRun());
}
