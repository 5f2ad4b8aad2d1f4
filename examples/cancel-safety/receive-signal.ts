// The fix: give get() the deadline as a signal. When it aborts, the channel takes the waiting
// get() out of its queue, so a value put later stays in the channel for the next receive.
import { Channel } from '../lib/channel.ts';
import { withTimeout } from '../lib/timeout.ts';

// #region signal
const jobs = new Channel<string>(10);

try {
  console.log(await withTimeout((signal) => jobs.get({ signal }), 10));
} catch (error) {
  if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
  console.log('no job yet');
}

for (const job of ['job 1', 'job 2', 'job 3']) await jobs.put(job);
jobs.close();
const received: string[] = [];
for await (const job of jobs) received.push(job);
console.log(`put 3, received ${received.length}: ${received.join(', ')}`);
// #endregion signal
