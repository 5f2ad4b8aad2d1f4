// shield: the caller stops waiting, the work carries on. A promise is never cancelled by its
// awaiter, so what matters is which signal the work gets: here, not the caller's.
import { addAbortListener } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

// #region shield
/** Settles like `work`, or rejects when `signal` aborts; either way `work` itself keeps running. */
async function waitUntilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const { promise: aborted, reject } = Promise.withResolvers<never>();
  const listener = addAbortListener(signal, () => reject(signal.reason as Error));
  try {
    return await Promise.race([work, aborted]);
  } finally {
    listener[Symbol.dispose]();
  }
}

let saved = false;
const save = sleep(30).then(() => (saved = true)); // no signal: nothing can stop it
try {
  await waitUntilAborted(save, AbortSignal.timeout(10));
} catch (error) {
  console.log(`caller gave up: ${(error as DOMException).name}; saved yet: ${saved}`);
}
await save;
console.log(`saved in the end: ${saved}`);
// #endregion shield
