// The pool from a library: p-map and Node's experimental Readable.map, both in input order.
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import pMap from 'p-map';

const durations = [80, 20, 50, 10, 30, 60]; // job 1 takes 80 ms, job 2 20 ms, …
const work = (job: number, options?: { signal?: AbortSignal | undefined }): Promise<number> => sleep(durations[job - 1] ?? 0, job, options);

// #region p-map
const outer = AbortSignal.timeout(5_000); // the caller's deadline, say
const values = await pMap([1, 2, 3, 4, 5, 6], (job) => work(job, { signal: outer }), { concurrency: 3, signal: outer });
console.log('pMap:', values.join(' '));
// #endregion p-map

// #region readable-map
const stream = Readable.from([1, 2, 3, 4, 5, 6]).map((job: number, options) => work(job, options), { concurrency: 3 });
console.log('Readable.map:', (await stream.toArray()).join(' '));
// #endregion readable-map

// #region p-map-error
const controller = new AbortController();
let running = 0;
try {
  await pMap(
    [1, 2, 3, 4, 5, 6],
    async (job) => {
      running++;
      try {
        await work(job, { signal: controller.signal });
        if (job === 2) throw new Error('job 2 failed');
      } finally {
        running--;
      }
    },
    { concurrency: 3, signal: controller.signal },
  );
} catch (error) {
  console.log(`pMap rejected (${(error as Error).message}); mappers still running: ${running}`);
  controller.abort(error); // p-map does not abort them: the signal they hold does
}
await sleep(0);
console.log(`after abort(): mappers still running: ${running}`);
// #endregion p-map-error
