// The mistake: a receive raced against a timer. The timer wins, but the losing get() is still
// queued in the channel, so the next value put is handed to it, and nobody reads it.
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';

// #region race
const jobs = new Channel<string>(10);

// Wait up to 10 ms for a job, else do something else and come back.
const first = await Promise.race([jobs.get(), sleep(10, 'no job yet')]);
console.log(first);

for (const job of ['job 1', 'job 2', 'job 3']) await jobs.put(job);
jobs.close();
const received: string[] = [];
for await (const job of jobs) received.push(job);
console.log(`put 3, received ${received.length}: ${received.join(', ')}`);
// #endregion race
