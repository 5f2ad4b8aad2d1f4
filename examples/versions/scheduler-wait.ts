// Feature: `scheduler.wait()` from `node:timers/promises` (experimental)
// Source: https://nodejs.org/docs/latest-v24.x/api/timers.html#timerspromisesschedulerwaitdelay-options
// Fallback: `setTimeout` from `node:timers/promises`, which also takes `{ signal }`
// The scheduler API's sleep: like the promise form of setTimeout, and cancellable by a signal.
import { scheduler } from 'node:timers/promises';

await scheduler.wait(5);
console.log('waited');
try {
  await scheduler.wait(60_000, { signal: AbortSignal.timeout(10) });
} catch (error) {
  console.log(`cancelled: ${(error as Error).name}`);
}
