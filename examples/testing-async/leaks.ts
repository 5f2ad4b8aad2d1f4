// A test can ask Node which handles are still open: a timer left running after the code under test
// has returned is a leak (it holds the process open and fires later, into nothing).
import { setTimeout as sleep } from 'node:timers/promises';

// #region leaky
/** Wrong: the losing timer keeps running after the race is decided. */
function withTimeoutLeaky<T>(work: Promise<T>, ms: number): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]);
}

/** Right: whoever wins, the timer is cleared. */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
// #endregion leaky

// #region check
const openTimers = (): number =>
  process.getActiveResourcesInfo().filter((type) => type === 'Timeout').length;

const before = openTimers();
await withTimeoutLeaky(sleep(10, 'data'), 400);
console.log('leaky: timers still open after it returned:', openTimers() - before);

const beforeFixed = openTimers();
await withTimeout(sleep(10, 'data'), 400);
console.log('fixed: timers still open after it returned:', openTimers() - beforeFixed);
// #endregion check
// The leaked timer still fires, 400 ms from its start: the process cannot exit before it does.
