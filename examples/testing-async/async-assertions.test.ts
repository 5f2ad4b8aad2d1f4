// A node:test file about asserting on promises: run it with `node --test` (run-async-assertions.ts
// does, and prints what the runner reports). Two of its tests are wrong on purpose, as labelled:
// they run only with SHOW_MISTAKES=1, which run-async-assertions.ts sets, and are skipped otherwise.
// Requires: Node 23+ (the `spec` report when output is piped; Node 22 prints TAP there)
// Deno: --allow-env
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';

const mistake = { skip: process.env['SHOW_MISTAKES'] === '1' ? false : 'a deliberate mistake (SHOW_MISTAKES=1 runs it)' };

async function save(draft: string): Promise<string> {
  await nextTurn();
  if (draft === '') throw new Error('empty draft');
  return `saved ${draft}`;
}

// #region rejects
await test('assert.rejects, awaited, checks the rejection', async () => {
  await assert.rejects(save(''), { name: 'Error', message: 'empty draft' });
  await assert.doesNotReject(save('hello'));
});
// #endregion rejects

// #region not-awaited
// WRONG on purpose: the assertion's promise is dropped, so the test ends before it settles.
await test('assert.rejects, not awaited, passes although save() fulfils', mistake, () => {
  void assert.rejects(save('hello'), { message: 'empty draft' });
});
// #endregion not-awaited

// #region unhandled
// A function that starts background work and forgets to handle its failure.
function saveInBackground(draft: string): void {
  void save(draft); // WRONG on purpose: nobody handles the rejection
}
await test('an unhandled rejection while the test runs fails it', mistake, async () => {
  saveInBackground('');
  await nextTurn(); // wait for the background work, so its rejection lands inside the test
  await nextTurn();
});
// #endregion unhandled

// #region deferred
// The code under test: concurrent gets of one key share a single load.
function coalescing(load: (key: string) => Promise<string>): (key: string) => Promise<string> {
  const inFlight = new Map<string, Promise<string>>();
  return (key) => {
    let promise = inFlight.get(key);
    if (!promise) {
      promise = load(key).finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
    }
    return promise;
  };
}

await test('a deferred decides when the load finishes: no timers, no sleeps', async () => {
  const { promise, resolve } = Promise.withResolvers<string>();
  let loads = 0;
  const get = coalescing(() => {
    loads++;
    return promise;
  });
  const first = get('user:1');
  const second = get('user:1'); // while the first load is still pending
  assert.equal(loads, 1);
  resolve('Ada');
  assert.deepEqual(await Promise.all([first, second]), ['Ada', 'Ada']);
  await get('user:1'); // settled: the next get loads again
  assert.equal(loads, 2);
});
// #endregion deferred
