// Three ways to run an async function over an array, told apart by the order in which the jobs finish.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function job(ms: number, finished: number[]): Promise<number> {
  await sleep(ms);
  finished.push(ms);
  return ms * 2;
}

const delays = [60, 20, 40];

// #region for-of
const inOrder: number[] = [];
for (const ms of delays) {
  await job(ms, inOrder); // waits for each job before starting the next
}
console.log('for…of + await finished:', inOrder.join(', '));
// #endregion for-of

// #region map-all
const asTheyCome: number[] = [];
const results = await Promise.all(delays.map((ms) => job(ms, asTheyCome)));
console.log('map + Promise.all finished:', asTheyCome.join(', '));
console.log('results keep input order:', results.join(', '));
// #endregion map-all

// #region for-each
const unawaited: number[] = [];
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the mistake this sample shows
delays.forEach(async (ms) => {
  await job(ms, unawaited); // forEach ignores the returned promise: nothing waits for it
});
console.log('after forEach, finished so far:', unawaited.length);
// #endregion for-each

await sleep(200); // only so the demo can show the jobs did run, later
console.log(`200 ms later, finished: ${unawaited.length} of ${delays.length}`);
