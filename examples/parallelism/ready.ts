// Started by start-cost.ts as a worker thread or as a forked process: it posts a first message as
// soon as it runs, then waits for one message from its parent and ends. Run directly, as the main
// thread with no parent, it does nothing.
import { parentPort } from 'node:worker_threads';

if (parentPort) {
  const port = parentPort;
  port.once('message', () => port.close());
  port.postMessage('ready');
} else if (process.send) {
  process.once('message', () => process.disconnect());
  process.send('ready');
}
