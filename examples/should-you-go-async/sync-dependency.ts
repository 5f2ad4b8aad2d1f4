// Requires: Node 24+ (native `await using`)
// A sync-only dependency in a server: called inline it stops the event loop for as long as it
// computes; called through a worker pool it does not. A 10 ms interval counts the loop's turns.
import { Piscina } from 'piscina';
import { checksumSync } from './legacy-checksum.ts';

async function ticksDuring(job: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const interval = setInterval(() => ticks++, 10);
  try {
    await job();
    return ticks;
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
console.log(`loop turns while the dependency ran inline: ${inline}`);
console.log(`loop turns while it ran in the pool: ${pooled}`);
// #endregion compare
