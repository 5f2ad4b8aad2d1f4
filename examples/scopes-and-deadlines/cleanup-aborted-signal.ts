// The mistake: cleanup after an abort, handed the signal that has just aborted. An AbortSignal stays
// aborted, so the cleanup's own I/O is cancelled before it starts and the lease is never given back.
import { setTimeout as sleep } from 'node:timers/promises';
import { Lease } from './lease.ts';

// #region aborted-signal
async function job(lease: Lease, signal: AbortSignal): Promise<void> {
  try {
    await sleep(1_000, undefined, { signal }); // the work, cut short by the deadline
  } finally {
    await lease.release(signal); // already aborted: rejects at once
  }
}
// #endregion aborted-signal

const lease = new Lease();
try {
  await job(lease, AbortSignal.timeout(20));
} catch (error) {
  console.log(`job: ${(error as Error).name}, cause: ${((error as Error).cause as Error).name}`);
}
console.log(`lease released: ${lease.released}`);
