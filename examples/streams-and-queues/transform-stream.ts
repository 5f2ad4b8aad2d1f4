// Web streams have backpressure built in: an identity TransformStream with small high-water marks
// is a bounded channel between a writer and a reader.
import { setTimeout as sleep } from 'node:timers/promises';

// #region transform
const { writable, readable } = new TransformStream<number, number>(
  {},
  new CountQueuingStrategy({ highWaterMark: 2 }), // writable side: 2 queued
  new CountQueuingStrategy({ highWaterMark: 0 }), // readable side: nothing read ahead
);

let written = 0;
let read = 0;
let sum = 0;
let peakAhead = 0;

const producer = (async () => {
  const writer = writable.getWriter();
  for (let n = 1; n <= 20; n++) {
    await writer.ready; // resolves only while the queue has room: backpressure
    written++;
    peakAhead = Math.max(peakAhead, written - read);
    void writer.write(n); // errors surface through writer.ready and writer.close()
  }
  await writer.close();
})();

const consumer = (async () => {
  for await (const n of readable) {
    read++;
    sum += n;
    await sleep(2);
  }
})();

await Promise.all([producer, consumer]);
console.log(`read ${read} of ${written} (sum ${sum})`);
console.log(`the producer was never more than ${peakAhead} ahead`);
// #endregion transform
