import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** An attempt that fails `failures` times, then answers; each takes one event-loop turn and stops when its signal aborts. */
function attempts(failures: number): { attempt: Exercise.Attempt<string>; started: () => number } {
  let started = 0;
  const attempt: Exercise.Attempt<string> = async (signal) => {
    started++;
    await nextTurn(undefined, { signal });
    if (started <= failures) throw new Error(`network failure ${started}`);
    return 'answer';
  };
  return { attempt, started: () => started };
}

/** How a call ended, in words a learner reads. */
function outcome(call: Promise<string>): Promise<string> {
  return call.then(
    (value) => `resolved with "${value}"`,
    (error: unknown) => (error instanceof Error ? `rejected with ${error.name}: ${error.message}` : `rejected with ${String(error)}`),
  );
}

export default defineChecks<typeof Exercise>([
  {
    name: 'ordinary failures are still retried',
    async run({ withRetries }) {
      const { attempt, started } = attempts(2);
      assert.equal(await outcome(withRetries(attempt, 3, new AbortController().signal)), 'resolved with "answer"');
      assert.equal(started(), 3, `${started()} attempts for two failures and a success`);
    },
  },
  {
    name: 'the last failure is rethrown',
    async run({ withRetries }) {
      const { attempt } = attempts(5);
      assert.equal(await outcome(withRetries(attempt, 2, new AbortController().signal)), 'rejected with Error: network failure 2');
    },
  },
  {
    name: 'an abort during an attempt stops the loop: no more attempts, and the abort reaches the caller',
    async run({ withRetries }) {
      const { attempt, started } = attempts(5);
      const client = new AbortController();
      const call = outcome(withRetries(attempt, 3, client.signal));
      client.abort(); // during the first attempt, which waits for the next turn
      const ended = await call;
      assert.equal(started(), 1, `the loop made ${started()} attempts after the caller aborted during the first: the AbortError was retried like a network failure`);
      assert.match(ended, /^rejected with AbortError/, `withRetries ${ended}; an aborted call rejects with the AbortError`);
    },
  },
]);
