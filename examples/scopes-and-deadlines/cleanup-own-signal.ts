// The fix: cleanup gets a signal of its own, with its own short time limit, so it runs after the
// abort, cannot hang the caller, and the caller still sees the error that stopped the work.
import { setTimeout as sleep } from 'node:timers/promises';
import { Lease } from './lease.ts';

// #region own-signal
async function job(lease: Lease, signal: AbortSignal): Promise<void> {
  try {
    await sleep(1_000, undefined, { signal }); // the work, cut short by the deadline
  } finally {
    await lease.release(AbortSignal.timeout(50)); // a fresh budget, for the cleanup only
  }
}
// #endregion own-signal

const lease = new Lease();
try {
  await job(lease, AbortSignal.timeout(20));
} catch (error) {
  console.log(`job: ${(error as Error).name}, cause: ${((error as Error).cause as Error).name}`);
}
console.log(`lease released: ${lease.released}`);
