// Sleep: a promise that resolves after a delay, and a repeating timer you iterate.
import { setInterval, setTimeout as sleep } from 'node:timers/promises';

// #region sleep
const value = await sleep(20, 'woke up after 20 ms');
console.log(value);

// An interval is an async iterator: breaking out of the loop clears the timer.
let ticks = 0;
for await (const tick of setInterval(10, 'tick')) {
  ticks++;
  console.log(`${tick} ${ticks}`);
  if (ticks === 3) break;
}
// #endregion sleep
