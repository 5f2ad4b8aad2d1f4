// Context: AsyncLocalStorage carries a value through every await of one logical request.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

// #region context
const requestId = new AsyncLocalStorage<string>();

async function handle(delayMs: number): Promise<void> {
  await sleep(delayMs);
  // No parameter passed it down: the store follows the async call chain.
  console.log(`request ${requestId.getStore()} finished after ${delayMs} ms`);
}

// Three requests at once, finishing in the order 10, 20, 30 ms; each sees its own id.
await Promise.all([
  requestId.run('r1', () => handle(30)),
  requestId.run('r2', () => handle(10)),
  requestId.run('r3', () => handle(20)),
]);
console.log(`outside any request: ${requestId.getStore()}`);
// #endregion context
