// stream/promises pipeline: source → async generator transform → sink, with errors and
// cancellation propagated through every stage and every stream destroyed at the end.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

// #region pipeline
// pipeline() calls each function stage with (source, { signal }): one signal, shared by every
// function stage, that aborts when the pipeline fails or is cancelled.
async function* double(
  source: AsyncIterable<number>,
  { signal }: { signal?: AbortSignal } = {},
): AsyncGenerator<string> {
  for await (const n of source) {
    await sleep(5, undefined, { signal }); // slow work that honours cancellation
    yield `${n * 2}\n`;
  }
}

function collect(into: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      into.push(chunk.toString().trim());
      callback();
    },
  });
}

const out: string[] = [];
await pipeline(Readable.from([1, 2, 3, 4]), double, collect(out));
console.log('complete:', out.join(' '));
// #endregion pipeline

// #region abort
const partial: string[] = [];
const controller = new AbortController();
const source = Readable.from(
  (function* () {
    for (let n = 1; ; n++) {
      if (n === 4) controller.abort(); // e.g. the client went away
      yield n;
    }
  })(),
);
try {
  await pipeline(source, double, collect(partial), { signal: controller.signal });
} catch (error) {
  console.log(`aborted: ${(error as Error).name}; source destroyed: ${source.destroyed}`);
}
// #endregion abort
