// AbortController is the one cancellation primitive: whoever holds the controller aborts, whoever
// holds its signal stops. Node's timers/promises and events APIs take the signal directly.
import { setInterval, setTimeout as sleep } from 'node:timers/promises';

// #region controller
async function poll(signal: AbortSignal): Promise<number> {
  let ticks = 0;
  try {
    for await (const tick of setInterval(10, 'tick', { signal })) if (tick === 'tick') ticks++;
  } catch (error) {
    if (!signal.aborted) throw error; // a real failure, not our cancellation
  }
  return ticks;
}

const controller = new AbortController();
const polling = poll(controller.signal);
await sleep(55);
controller.abort(new Error('user pressed stop'));
console.log(`ticks >= 3: ${(await polling) >= 3}; reason: ${(controller.signal.reason as Error).message}`);
// #endregion controller

// #region any
// One signal for "the user cancelled OR the deadline passed": AbortSignal.any follows the first.
const user = new AbortController();
const either = AbortSignal.any([user.signal, AbortSignal.timeout(20)]);
try {
  await sleep(1_000, undefined, { signal: either });
} catch {
  console.log(`aborted by: ${(either.reason as DOMException).name}`); // the timeout, not the user
}
// #endregion any
