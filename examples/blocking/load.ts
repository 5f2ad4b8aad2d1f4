// The load generator for cpu-in-handler.ts: requests /slow, then /fast 50 ms later, and reports the
// order in which the answers arrived. It runs in its own worker thread, so a blocked server thread
// cannot delay the client's own timers.
import { parentPort, workerData } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

export async function slowThenFast(baseUrl: string): Promise<string> {
  const order: string[] = [];
  const get = async (path: string): Promise<void> => {
    const response = await fetch(new URL(path, baseUrl));
    await response.text();
    order.push(path);
  };
  const slow = get('/slow');
  await sleep(50);
  const fast = get('/fast');
  await Promise.all([slow, fast]);
  return order.join(',');
}

if (parentPort && typeof workerData === 'string') {
  parentPort.postMessage(await slowThenFast(workerData));
}
