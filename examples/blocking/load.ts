// The load generator for cpu-in-handler.ts: requests /slow, then /fast as soon as the server says
// it has received /slow, and reports the order in which the answers arrived. It runs in its own
// worker thread, so a blocked server thread cannot delay the client.
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';

export async function slowThenFast(baseUrl: string, slowArrived: Promise<unknown>): Promise<string> {
  const order: string[] = [];
  const get = async (path: string): Promise<void> => {
    const response = await fetch(new URL(path, baseUrl));
    await response.text();
    order.push(path);
  };
  const slow = get('/slow');
  await slowArrived; // the server is handling /slow now
  const fast = get('/fast');
  await Promise.all([slow, fast]);
  return order.join(',');
}

if (parentPort && typeof workerData === 'string') {
  parentPort.postMessage(await slowThenFast(workerData, once(parentPort, 'message')));
}
