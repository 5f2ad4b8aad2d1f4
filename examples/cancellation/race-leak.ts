// A timeout built from Promise.race leaves its timer running after the work wins; the timer keeps
// the process alive until it fires. AbortSignal.timeout does not hold the process open.
import { setTimeout as sleep } from 'node:timers/promises';

const timers = (): number => process.getActiveResourcesInfo().filter((type) => type === 'Timeout').length;

// #region leak
function timeout(ms: number): { promise: Promise<never>; timer: NodeJS.Timeout } {
  const { promise, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  return { promise, timer };
}

const deadline = timeout(5_000);
const value = await Promise.race([sleep(10, 'work done'), deadline.promise]);
console.log(`${value}; active timers: ${timers()}`); // the 5 s timer is still there
clearTimeout(deadline.timer);
console.log(`after clearTimeout; active timers: ${timers()}`);
// #endregion leak

// #region signal
const signal = AbortSignal.timeout(5_000);
const result = await sleep(10, 'work done', { signal });
console.log(`${result} with AbortSignal.timeout; active timers: ${timers()}`);
// #endregion signal
