// Deno: --allow-env
// An async listener returns a promise that EventEmitter ignores: when it rejects, nobody handles it
// and (since Node 15) the process dies. `captureRejections: true` routes it to 'error' instead.
import { spawnSync } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

async function save(order: string): Promise<void> {
  await sleep(5);
  throw new Error(`could not save ${order}`);
}

if (process.argv[2] === 'uncaptured') {
  // #region uncaptured
  const orders = new EventEmitter();
  orders.on('error', (error: Error) => console.log('error handled:', error.message)); // never called
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the mistake this sample shows
  orders.on('order', async (order: string) => {
    await save(order); // rejects: an unhandled rejection, not an 'error' event
  });
  orders.emit('order', 'A-1');
  // #endregion uncaptured
} else {
  // #region run-uncaptured
  // Run the uncaptured version in its own process: it is meant to crash.
  const child = spawnSync(process.execPath, [import.meta.filename, 'uncaptured'], { encoding: 'utf8' });
  const firstError = child.stderr.split('\n').find((line) => line.startsWith('Error:'));
  console.log(`uncaptured: exit code ${child.status}, stderr: ${firstError}`);
  // #endregion run-uncaptured

  // #region captured
  const orders = new EventEmitter({ captureRejections: true });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- captureRejections handles the promise
  orders.on('order', async (order: string) => {
    await save(order);
  });
  const failed = once(orders, 'error'); // the rejection arrives here
  orders.emit('order', 'A-1');
  const [error] = (await failed) as [Error];
  console.log('captured: error handled:', error.message);
  // #endregion captured
}
