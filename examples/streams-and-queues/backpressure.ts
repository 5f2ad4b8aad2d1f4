// write() returns false once the buffer reaches the high-water mark; a polite producer then waits
// for 'drain'. Objects mode counts objects, so highWaterMark 3 means three buffered objects.
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

// #region backpressure
const slowSink = new Writable({
  objectMode: true,
  highWaterMark: 3,
  write(_row: unknown, _encoding, callback) {
    sleep(10).then(() => callback(), callback); // a slow database, say
  },
});

const results: boolean[] = [];
for (let row = 1; row <= 5; row++) results.push(slowSink.write({ row }));
console.log('write() returned:', results.join(', '));
console.log('buffered:', slowSink.writableLength, 'needDrain:', slowSink.writableNeedDrain);
await once(slowSink, 'drain');
console.log('drain: buffered', slowSink.writableLength);
console.log('write() after drain returned:', slowSink.write({ row: 6 }));
slowSink.end();
await once(slowSink, 'finish');
// #endregion backpressure

// #region loop
// The usual loop: write until false, then wait for 'drain'.
async function writeAll(sink: Writable, rows: number): Promise<number> {
  let waits = 0;
  for (let row = 0; row < rows; row++) {
    if (!sink.write({ row })) {
      waits++;
      await once(sink, 'drain');
    }
  }
  return waits;
}
// #endregion loop

const sink = new Writable({
  objectMode: true,
  highWaterMark: 3,
  write(_row: unknown, _encoding, callback) {
    setImmediate(callback);
  },
});
const waits = await writeAll(sink, 30);
sink.end();
await once(sink, 'finish');
console.log(`30 rows, highWaterMark 3: waited for 'drain' ${waits} times`);
