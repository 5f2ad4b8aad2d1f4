// Promise.all rejects on the first failure, but it cannot stop the other jobs: they keep running.
import { setTimeout as sleep } from 'node:timers/promises';

// #region no-cancel
let finished = 0;

async function job(ms: number): Promise<number> {
  await sleep(ms);
  finished++;
  return ms;
}

async function failing(ms: number): Promise<never> {
  await sleep(ms);
  throw new Error(`job of ${ms} ms failed`);
}

const jobs = [job(40), failing(10), job(60)];
try {
  await Promise.all(jobs);
} catch (error) {
  console.log(`all rejected (${(error as Error).message}); finished so far: ${finished}`);
}
await Promise.allSettled(jobs); // wait for the losers, which nobody cancelled
console.log(`finished once everything settled: ${finished}`);
// #endregion no-cancel
