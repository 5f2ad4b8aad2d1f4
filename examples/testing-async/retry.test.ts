// A node:test file: run it with `node --test examples/testing-async/retry.test.ts` (or as a plain
// program: node:test files run their tests either way). Every wait is on mocked time.
// Requires: Node 23+ (the `spec` report when output is piped; Node 22 prints TAP there)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retry, sleepViaModuleObject, sleepViaNamedImport, sleepViaNamespace } from './waits.ts';

/** Lets promise callbacks run after a tick; setImmediate is real (only setTimeout is mocked). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// #region retry-test
await test('retry waits 100 ms, then 200 ms, between attempts', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let calls = 0;
  const result = retry(
    () => {
      calls++;
      if (calls < 3) return Promise.reject(new Error(`attempt ${calls} failed`));
      return Promise.resolve('ok');
    },
    { attempts: 5, baseMs: 100 },
  );
  await settle();
  assert.equal(calls, 1);
  t.mock.timers.tick(99);
  await settle();
  assert.equal(calls, 1, 'not before 100 ms');
  t.mock.timers.tick(1);
  await settle();
  assert.equal(calls, 2);
  t.mock.timers.tick(200);
  assert.equal(await result, 'ok');
  assert.equal(calls, 3);
});
// #endregion retry-test

// #region trap-test
/** 'resolved' or 'pending' after the current tick has run its callbacks. */
async function stateOf(promise: Promise<void>): Promise<'resolved' | 'pending'> {
  let resolved = false;
  promise.then(() => (resolved = true), () => {});
  await settle();
  return resolved ? 'resolved' : 'pending';
}

await test('the module object, looked up at call time, follows mocked time', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const slept = sleepViaModuleObject(1000);
  t.mock.timers.tick(1000);
  assert.equal(await stateOf(slept), 'resolved');
});

for (const [style, sleepFor] of [
  ['a named import', sleepViaNamedImport],
  ['a namespace import', sleepViaNamespace],
] as const) {
  await test(`${style} of setTimeout ignores mocked time`, async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const controller = new AbortController();
    const slept = sleepFor(1000, controller.signal);
    t.mock.timers.tick(1000);
    assert.equal(await stateOf(slept), 'pending'); // a real 1 s timer is still running
    controller.abort(); // so end it
    await assert.rejects(slept, { name: 'AbortError' });
  });
}
// #endregion trap-test
