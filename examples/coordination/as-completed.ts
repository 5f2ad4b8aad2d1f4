// asyncio.as_completed: handle each result as soon as it is ready, not in input order. And "first N
// to succeed": Promise.any is N = 1; for N > 1, count successes and abort the rest.
import { setTimeout as sleep } from 'node:timers/promises';

// Injected delays stand in for network calls: the order below is fixed by design, not by luck.
const mirrors = [
  { name: 'eu', ms: 40 },
  { name: 'us', ms: 10, fails: true },
  { name: 'asia', ms: 30 },
  { name: 'sa', ms: 20 },
  { name: 'af', ms: 50 },
];
async function download(mirror: (typeof mirrors)[number], signal?: AbortSignal): Promise<string> {
  await sleep(mirror.ms, undefined, { signal });
  if (mirror.fails) throw new Error(`${mirror.name} is down`);
  return mirror.name;
}

// #region as-completed
/** The same promises, reordered: the k-th returned promise settles like the k-th input to settle. */
function asCompleted<T>(promises: Promise<T>[]): Promise<T>[] {
  const slots = promises.map(() => Promise.withResolvers<T>());
  const unfilled = [...slots];
  for (const promise of promises) {
    promise.then(
      (value) => unfilled.shift()?.resolve(value),
      (error: unknown) => unfilled.shift()?.reject(error),
    );
  }
  // Mark each slot handled now: one may reject while the loop is still busy with an earlier one,
  // and the await in the loop still throws its error.
  for (const slot of slots) slot.promise.catch(() => undefined);
  return slots.map((slot) => slot.promise);
}

for (const next of asCompleted(mirrors.map((m) => download(m)))) {
  try {
    console.log(`as completed: ${await next}`);
  } catch (error) {
    console.log(`as completed: failed, ${(error as Error).message}`);
  }
}
// #endregion as-completed

// #region first-n
/** The first `n` values to fulfil, in the order they did; the other tasks are aborted. */
async function firstN<T>(tasks: ((signal: AbortSignal) => Promise<T>)[], n: number): Promise<T[]> {
  const controller = new AbortController();
  const values: T[] = [];
  const errors: unknown[] = [];
  const { promise, resolve, reject } = Promise.withResolvers<T[]>();
  for (const task of tasks) {
    task(controller.signal).then(
      (value) => {
        if (values.push(value) === n) resolve(values);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return; // our own abort of a loser, not a failure
        errors.push(error);
        if (errors.length > tasks.length - n) reject(new AggregateError(errors, `fewer than ${n} succeeded`));
      },
    );
  }
  try {
    return await promise;
  } finally {
    controller.abort(); // stop every task still running, whichever way we settled
  }
}

console.log(`first 2: ${(await firstN(mirrors.map((m) => (signal) => download(m, signal)), 2)).join(', ')}`);
try {
  await firstN(mirrors.map((m) => (signal) => download({ ...m, fails: m.name !== 'af' }, signal)), 2);
} catch (error) {
  const { message, errors } = error as AggregateError;
  console.log(`first 2 of mostly broken: ${message} (${errors.length} failures)`);
}
// #endregion first-n
