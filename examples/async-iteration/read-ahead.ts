// An async generator runs only when its consumer asks for the next value: nothing is fetched ahead,
// and nothing piles up, but fetching and processing take turns. Readable.from() over the same
// generator reads ahead up to its highWaterMark while the consumer works: the two overlap, and the
// buffer stays bounded.
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { printSpans, Spans, type Span } from '../lib/spans.ts';

// #region pages
/** Four pages; fetching each takes 20 ms. */
async function* pages(spans: Spans): AsyncGenerator<number> {
  for (let page = 1; page <= 4; page++) {
    yield await spans.time(`fetch-${page}`, () => sleep(20, page));
  }
}

/** Processing each page takes 20 ms too. */
async function consume(source: AsyncIterable<number>, spans: Spans): Promise<void> {
  for await (const page of source) await spans.time(`process-${page}`, () => sleep(20));
}
// #endregion pages

// #region compare
const pulled = new Spans();
await consume(pages(pulled), pulled);

const streamed = new Spans();
await consume(Readable.from(pages(streamed), { highWaterMark: 1 }), streamed);
// #endregion compare

/** How many fetches ran while a page was being processed, and how long the whole run took. */
function overlap(spans: Span[]): { fetchesDuringProcessing: number; elapsed: number } {
  const processing = spans.filter((span) => span.task.startsWith('process'));
  const fetches = spans.filter((span) => span.task.startsWith('fetch'));
  const during = fetches.filter((fetch) => processing.some((p) => fetch.start < p.end && p.start < fetch.end));
  const elapsed = Math.max(...spans.map((span) => span.end)) - Math.min(...spans.map((span) => span.start));
  return { fetchesDuringProcessing: during.length, elapsed };
}

const direct = overlap(pulled.list);
const ahead = overlap(streamed.list);
console.log(`async generator: ${direct.fetchesDuringProcessing} of 4 fetches overlapped processing`);
console.log(`Readable.from(generator): ${ahead.fetchesDuringProcessing} of 4 fetches overlapped processing`);
console.log(`the generator alone took ${(direct.elapsed / ahead.elapsed).toFixed(1)}× as long`);
printSpans('generator', pulled.list);
printSpans('stream', streamed.list);
