// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-read
// A sync-only dependency in a server: called inline it stops the event loop for as long as it
// computes; called through a worker pool it does not. A 10 ms interval counts the loop's turns,
// out of the turns a free loop would make in the same time (the job's length varies by machine).
import { Piscina } from 'piscina';
import { checksumSync } from './legacy-checksum.ts';

interface Turns {
  ticks: number;
  /** How many turns a free loop makes in the same time. */
  free: number;
}

async function ticksDuring(job: () => Promise<unknown>): Promise<Turns> {
  let ticks = 0;
  const started = performance.now();
  const interval = setInterval(() => ticks++, 10);
  try {
    await job();
    return { ticks, free: Math.floor((performance.now() - started) / 10) };
  } finally {
    clearInterval(interval);
  }
}

// #region wrap
await using pool = new Piscina<string, string>({
  filename: new URL('./checksum-task.ts', import.meta.url).href,
  maxThreads: 1,
});
// The same function, now with an async signature and off the main thread.
const checksum = (input: string): Promise<string> => pool.run(input);
// #endregion wrap

// #region compare
// eslint-disable-next-line @typescript-eslint/require-await -- async in shape only: the call blocks
const inline = await ticksDuring(async () => checksumSync('report.pdf'));
const pooled = await ticksDuring(() => checksum('report.pdf'));
const kept = ({ ticks, free }: Turns) => Math.round((100 * ticks) / Math.max(free, 1));
console.log(`loop turns while the dependency ran inline: ${inline.ticks} of ${inline.free} (${kept(inline)}%)`);
console.log(`loop turns while it ran in the pool: ${pooled.ticks} of ${pooled.free} (${kept(pooled)}%)`);
// #endregion compare
