// p-throttle, the library a team would use for a rate limit: at most `limit` calls start per
// `interval`; the rest wait in its queue (nothing is dropped). The spans show when each call started.
import pThrottle from 'p-throttle';
import { printSpans, Spans } from '../lib/spans.ts';

// #region p-throttle
const throttle = pThrottle({ limit: 2, interval: 50 }); // 2 calls per 50 ms
const spans = new Spans();
const started: number[] = [];
const callApi = throttle(async (id: number) => {
  started.push(performance.now());
  await spans.time(`call/${id}`, () => new Promise((resolve) => setTimeout(resolve, 5)));
});
await Promise.all(Array.from({ length: 8 }, (_, id) => callApi(id)));
const intervals = ((started.at(-1) ?? 0) - (started[0] ?? 0)) / 50;
console.log(`8 calls at once, 2 per 50 ms: the last started ${intervals.toFixed(1)} intervals after the first`);
// #endregion p-throttle
console.log(`queue left: ${callApi.queueSize}`);
printSpans('p-throttle', spans.list);
