// In Node, a call you started and did not keep still runs to its end: what it waits on (a timer,
// a socket) is a pending handle, which the event loop holds and which keeps the process alive.
// The Python twin (keep-a-reference.py) shows asyncio's weak reference to its tasks.
import { setTimeout as sleep } from 'node:timers/promises';

// #region keep
async function waitForReply(): Promise<void> {
  const reply = await sleep(10, 'the reply'); // the timer is a pending handle
  console.log(`got ${reply}`);
}

void waitForReply(); // no reference kept
console.log('main module finished');
// #endregion keep
