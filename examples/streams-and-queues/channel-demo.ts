// A fast producer and a slow consumer joined by a bounded channel: the producer is held back, so
// at most `capacity` values ever wait in memory.
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';

// #region channel
const channel = new Channel<number>(3);
let peakBuffered = 0;

const producer = (async () => {
  for (let job = 1; job <= 20; job++) {
    await channel.put(job); // waits while 3 jobs are buffered: backpressure
    peakBuffered = Math.max(peakBuffered, channel.size);
  }
  channel.close(); // no more jobs; the consumer drains what is left
})();

const consumer = (async () => {
  const done: number[] = [];
  for await (const job of channel) {
    await sleep(2); // slow work
    done.push(job);
  }
  return done;
})();

const [, done] = await Promise.all([producer, consumer]);
console.log(`consumed ${done.length} jobs in order: ${done.every((job, i) => job === i + 1)}`);
console.log(`peak buffered: ${peakBuffered} (capacity ${channel.capacity})`);
// #endregion channel

// #region workers
// Several consumers share one channel: each job goes to exactly one of them.
const queue = new Channel<number>(4);
const handledBy = [0, 0, 0];
const workers = handledBy.map(async (_, worker) => {
  for await (const job of queue) {
    await sleep(job % 3); // uneven work
    handledBy[worker] = (handledBy[worker] ?? 0) + 1;
  }
});
for (let job = 0; job < 60; job++) await queue.put(job);
queue.close();
await Promise.all(workers);
const handled = handledBy.reduce((a, b) => a + b);
console.log(`60 jobs, 3 workers: ${handled} handled, each worker got some: ${handledBy.every((n) => n > 0)}`);
// #endregion workers
