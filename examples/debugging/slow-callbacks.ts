// Node's counterpart of asyncio's slow-callback log (debug mode logs every callback that runs
// longer than loop.slow_callback_duration, 100 ms): an async hook times each callback the loop
// runs and logs the slow ones with the kind of resource that scheduled them. For debugging runs:
// async_hooks.createHook is experimental, and timing every callback costs.
import { createHook } from 'node:async_hooks';
import { writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

// #region hook
/** Logs every callback that holds the loop longer than `slowMs`; returns the hook to disable. */
function logSlowCallbacks(slowMs = 100) {
  const types = new Map<number, string>();
  const started = new Map<number, number>();
  return createHook({
    init(asyncId, type) {
      types.set(asyncId, type);
    },
    before(asyncId) {
      started.set(asyncId, performance.now());
    },
    after(asyncId) {
      const ms = performance.now() - (started.get(asyncId) ?? performance.now());
      started.delete(asyncId);
      // Synchronous, and not console.log: logging from an async hook must not schedule more work.
      if (ms > slowMs) writeSync(process.stdout.fd, `slow callback (${types.get(asyncId)}): held the loop over ${slowMs} ms\n`);
    },
    destroy(asyncId) {
      types.delete(asyncId);
    },
  }).enable();
}
// #endregion hook

function blockFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

// #region run
const hook = logSlowCallbacks();
setTimeout(() => blockFor(5), 10); // quick: not logged
setTimeout(() => blockFor(150), 20); // slow: logged
setImmediate(() => blockFor(150)); // slow: logged
await sleep(200);
hook.disable();
console.log('done');
// #endregion run
