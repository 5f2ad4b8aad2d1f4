import assert from 'node:assert/strict';
import { mock } from 'node:test';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** Lets promise callbacks run after a tick; setImmediate stays real (only setTimeout is mocked). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A task that fails its first `failures` calls, then answers 'ok'; it counts its calls. */
function flaky(failures: number): { task: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    task: () => (++calls <= failures ? Promise.reject(new Error(`attempt ${calls} failed`)) : Promise.resolve('ok')),
  };
}

type Outcome = { state: 'pending' } | { state: 'fulfilled'; value: string } | { state: 'rejected'; error: unknown };

/** How `promise` has ended so far; it never rejects unhandled, whatever the check sees first. */
function watch(promise: Promise<string>): () => Outcome {
  let outcome: Outcome = { state: 'pending' };
  promise.then(
    (value) => (outcome = { state: 'fulfilled', value }),
    (error: unknown) => (outcome = { state: 'rejected', error }),
  );
  return () => outcome;
}

/** Runs `check` with setTimeout mocked; then aborts its signal, so a wait still running on real time stops. */
async function onMockedClock(check: (signal: AbortSignal) => Promise<void>): Promise<void> {
  mock.timers.enable({ apis: ['setTimeout'] });
  const done = new AbortController();
  try {
    await check(done.signal);
  } finally {
    done.abort();
    mock.timers.reset();
  }
}

const realTime = 'the wait runs on real time, not on the mocked clock';

export default defineChecks<typeof Exercise>([
  {
    name: 'an attempt that succeeds at once answers without waiting',
    async run({ retry }) {
      await onMockedClock(async (signal) => {
        const { task, calls } = flaky(0);
        const outcome = watch(retry(task, { attempts: 3, baseMs: 100, signal }));
        await settle();
        assert.deepEqual(outcome(), { state: 'fulfilled', value: 'ok' });
        assert.equal(calls(), 1);
      });
    },
  },
  {
    name: 'the second attempt comes 100 ms after the first on the mocked clock, not before',
    async run({ retry }) {
      await onMockedClock(async (signal) => {
        const { task, calls } = flaky(1);
        const outcome = watch(retry(task, { attempts: 3, baseMs: 100, signal }));
        await settle();
        assert.equal(calls(), 1, `${calls()} attempts before any time passed`);
        mock.timers.tick(99);
        await settle();
        assert.equal(calls(), 1, 'a second attempt came before 100 ms had passed');
        mock.timers.tick(1);
        await settle();
        assert.equal(calls(), 2, `after tick(100) there had been ${calls()} attempt: ${realTime}`);
        assert.deepEqual(outcome(), { state: 'fulfilled', value: 'ok' });
      });
    },
  },
  {
    name: 'the waits double: 100 ms, then 200 ms',
    async run({ retry }) {
      await onMockedClock(async (signal) => {
        const { task, calls } = flaky(2);
        const outcome = watch(retry(task, { attempts: 3, baseMs: 100, signal }));
        await settle();
        mock.timers.tick(100);
        await settle();
        assert.equal(calls(), 2, `after tick(100) there had been ${calls()} attempt: ${realTime}`);
        mock.timers.tick(199);
        await settle();
        assert.equal(calls(), 2, 'the third attempt came before the second wait of 200 ms had passed');
        mock.timers.tick(1);
        await settle();
        assert.deepEqual(outcome(), { state: 'fulfilled', value: 'ok' }, 'retry had not answered 200 ms after the second attempt');
      });
    },
  },
  {
    name: 'after the last attempt it rejects with the last error',
    async run({ retry }) {
      await onMockedClock(async (signal) => {
        const { task } = flaky(Infinity);
        const outcome = watch(retry(task, { attempts: 2, baseMs: 100, signal }));
        await settle();
        mock.timers.tick(100);
        await settle();
        const ended = outcome();
        assert.equal(ended.state, 'rejected', `retry was ${ended.state} 100 ms after a first failure, with two attempts allowed: ${realTime}`);
        assert.equal((ended.error as Error).message, 'attempt 2 failed');
      });
    },
  },
  {
    name: 'aborting the signal during a wait stops retrying',
    async run({ retry }) {
      await onMockedClock(async () => {
        const { task, calls } = flaky(Infinity);
        const stop = new AbortController();
        const outcome = watch(retry(task, { attempts: 5, baseMs: 100, signal: stop.signal }));
        await settle();
        stop.abort(new Error('shutting down'));
        await settle();
        assert.equal(outcome().state, 'rejected', 'retry did not reject when its signal aborted during a wait: pass the signal to the sleep');
        mock.timers.tick(1000);
        await settle();
        assert.equal(calls(), 1, `${calls()} attempts after the abort; there must be no more`);
      });
    },
  },
]);
