// Honouring a signal in your own code: check it in loops, and pass it to every call that waits.
import { setTimeout as sleep } from 'node:timers/promises';

// #region throw-if-aborted
// A batch job: each item is awaited work, so the loop has a natural place to stop.
const progress = { done: 0 };
async function importAll(items: string[], signal: AbortSignal): Promise<void> {
  for (const item of items) {
    signal.throwIfAborted(); // throws signal.reason once aborted: stop before the next item
    await sleep(10, item, { signal }); // and pass it on, so the current item stops too
    progress.done++;
  }
}

const items = Array.from({ length: 20 }, (_, i) => `row-${i}`);
const stop = new AbortController();
const importing = importAll(items, stop.signal);
await sleep(35);
stop.abort(new Error('user cancelled'));
try {
  await importing;
} catch (error) {
  // Node's timers reject with their own AbortError, the signal's reason as its cause.
  const { name, cause } = error as Error;
  console.log(`import stopped: ${name} (cause: ${(cause as Error).message}) after ${progress.done} of ${items.length}`);
}
// #endregion throw-if-aborted

// #region pass-down
// Every layer takes the signal and hands it to the layer below; the bottom hands it to Node.
async function query(sql: string, signal?: AbortSignal): Promise<string> {
  await sleep(50, undefined, { signal }); // the driver call
  return `rows for ${sql}`;
}
async function loadReport(id: number, signal?: AbortSignal): Promise<string> {
  return query(`report ${id}`, signal);
}
async function forgetfulLoadReport(id: number, signal?: AbortSignal): Promise<string> {
  signal?.throwIfAborted();
  return query(`report ${id}`); // the signal stops here: the query runs to the end
}

const finished: string[] = [];
for (const load of [loadReport, forgetfulLoadReport]) {
  const request = new AbortController();
  const work = load(1, request.signal).then((rows) => finished.push(`${load.name}: ${rows}`));
  request.abort(); // the client went away
  await work.catch((error: unknown) => finished.push(`${load.name}: ${(error as Error).name}`));
}
console.log(finished.join('\n'));
// #endregion pass-down
