// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// The first success wins: the scope stops the other attempts and waits for them before it returns,
// where Promise.any returns at once and leaves them running.
import { setTimeout as sleep } from 'node:timers/promises';
import { Scope } from './scope.ts';

/** The reason the losers' signal gets once one task has succeeded. */
class WinnerFoundError extends Error {
  override name = 'WinnerFoundError';
}

let running = 0;
async function mirror(name: string, ms: number, signal: AbortSignal): Promise<string> {
  running++;
  try {
    await sleep(ms, undefined, { signal });
    return name;
  } finally {
    running--;
  }
}

type Attempt<T> = (signal: AbortSignal) => Promise<T>;

// #region first-success
async function firstSuccess<T>(tasks: Attempt<T>[], outer?: AbortSignal): Promise<T> {
  let winner: { value: T } | undefined;
  const failures: unknown[] = [];
  {
    await using scope = new Scope(outer);
    for (const task of tasks) {
      scope.spawn(async (signal) => {
        try {
          const value = await task(signal);
          winner ??= { value };
          scope.abort(new WinnerFoundError('another task answered first'));
        } catch (error) {
          if (!signal.aborted) failures.push(error); // not the end: another task may still succeed
        }
      });
    }
  } // every task has ended here: the winner and the ones it stopped
  if (winner) return winner.value;
  throw new AggregateError(failures, 'every task failed');
}

// Three mirrors of the same data: eu answers in 40 ms, us in 10, ap in 60.
const mirrors: Attempt<string>[] = [(s) => mirror('eu', 40, s), (s) => mirror('us', 10, s), (s) => mirror('ap', 60, s)];

const fromAny = await Promise.any(mirrors.map((ask) => ask(new AbortController().signal)));
console.log(`Promise.any: ${fromAny}, ${running} still running`);
await sleep(70); // only so that this demo ends with nothing running

console.log(`firstSuccess: ${await firstSuccess(mirrors)}, ${running} still running`);
// #endregion first-success
