import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/**
 * Ten jobs that each take a few event-loop turns; job `failing` (if any) throws after one turn.
 * A job whose signal aborts takes one more turn to stop, then rejects with the signal's reason.
 */
function pool(failing?: number): {
  jobs: ((signal: AbortSignal) => Promise<number>)[];
  failure: Error;
  started: number[];
  stoppedByAbort: number[];
  running: () => number;
  most: () => number;
} {
  const failure = new Error(`job ${failing} failed`);
  const started: number[] = [];
  const stoppedByAbort: number[] = [];
  let running = 0;
  let most = 0;
  const jobs = Array.from({ length: 10 }, (_, index) => async (signal: AbortSignal): Promise<number> => {
    started.push(index);
    running += 1;
    most = Math.max(most, running);
    try {
      if (index === failing) {
        await nextTurn();
        throw failure;
      }
      for (let turn = 0; turn < (index % 3) * 3 + 4; turn++) {
        if (signal.aborted) {
          await nextTurn(); // stopping takes a moment, as closing a connection does
          stoppedByAbort.push(index);
          throw signal.reason;
        }
        await nextTurn();
      }
      return index * 10;
    } finally {
      running -= 1;
    }
  });
  return { jobs, failure, started, stoppedByAbort, running: () => running, most: () => most };
}

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'fulfilled',
    (error: unknown) => error,
  );
}

export default defineChecks<typeof Exercise>([
  {
    name: 'with no failure, every value comes back in the order of the jobs, at most `concurrency` at once',
    async run({ runPool }) {
      const { jobs, most } = pool();
      const values = await runPool(jobs, 3);
      assert.deepEqual(values, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90], 'the values are missing or out of order');
      assert.ok(most() <= 3, `${most()} jobs ran at once with concurrency 3`);
    },
  },
  {
    name: 'runPool rejects with the failing job’s error',
    async run({ runPool }) {
      const { jobs, failure } = pool(1);
      const result = await outcome(runPool(jobs, 3));
      assert.equal(result, failure, `runPool ${result === 'fulfilled' ? 'fulfilled' : `rejected with ${String(result)}`} although job 1 failed`);
    },
  },
  {
    name: 'no job starts after the first failure',
    async run({ runPool }) {
      const { jobs, started, running } = pool(1);
      await outcome(runPool(jobs, 3));
      for (let turn = 0; turn < 40 && running() > 0; turn++) await nextTurn(); // let leftovers show themselves
      assert.deepEqual(started, [0, 1, 2], `jobs ${started.join(', ')} started; only 0, 1 and 2 were running when job 1 failed`);
    },
  },
  {
    name: 'the running jobs are told to stop: the signal they hold aborts',
    async run({ runPool }) {
      const { jobs, stoppedByAbort, running } = pool(1);
      await outcome(runPool(jobs, 3));
      for (let turn = 0; turn < 40 && running() > 0; turn++) await nextTurn();
      assert.deepEqual(stoppedByAbort.toSorted(), [0, 2], 'jobs 0 and 2 were running when job 1 failed, and their signal never aborted');
    },
  },
  {
    name: 'runPool settles only after every running job has stopped',
    async run({ runPool }) {
      const { jobs, running } = pool(1);
      await outcome(runPool(jobs, 3));
      const left = running();
      for (let turn = 0; turn < 40 && running() > 0; turn++) await nextTurn();
      assert.equal(left, 0, `${left} jobs were still running when runPool rejected`);
    },
  },
]);
