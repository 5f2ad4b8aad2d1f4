// Aborting does not stop synchronous work: an abort is an event, and events wait until the running
// code returns to the event loop. CPU-bound code must yield now and then to notice it.
import { setImmediate as yieldToLoop } from 'node:timers/promises';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end); // stands in for parsing, hashing, resizing…
}

// #region blocked
// The timeout is due after 10 ms, but its timer cannot fire while this loop holds the thread.
const deadline = AbortSignal.timeout(10);
let seenAborted = false;
for (let chunk = 0; chunk < 10; chunk++) {
  busy(5);
  if (deadline.aborted) seenAborted = true;
}
console.log(`sync loop, 50 ms: saw the 10 ms deadline: ${seenAborted}`);
// #endregion blocked

// #region chunked
// Yield to the event loop between chunks: timers fire, the signal aborts, the next check throws.
async function crunch(chunks: number, signal: AbortSignal): Promise<number> {
  let done = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    signal.throwIfAborted();
    busy(5);
    done++;
    await yieldToLoop(); // let timers and I/O run
  }
  return done;
}

const progress = { chunks: 0 };
try {
  progress.chunks = await crunch(100, AbortSignal.timeout(20));
} catch (error) {
  console.log(`chunked: stopped by ${(error as DOMException).name}`);
}
console.log(`chunked: ran to the end: ${progress.chunks === 100}`);
// #endregion chunked
