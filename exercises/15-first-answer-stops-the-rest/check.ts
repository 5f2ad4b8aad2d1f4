import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** An attempt that answers `value` after `turns` event-loop turns, or stops when its signal aborts; it records how it ended. */
function attempt(value: string, turns: number): { attempt: Exercise.Attempt<string>; ended: () => string } {
  let ended = 'still running';
  return {
    ended: () => ended,
    attempt: async (signal) => {
      try {
        for (let turn = 0; turn < turns; turn++) await nextTurn(undefined, { signal });
        ended = 'answered';
        return value;
      } catch (error) {
        ended = signal.aborted ? 'aborted' : 'failed';
        throw error;
      }
    },
  };
}

/** An attempt that fails after one turn. */
const failing: Exercise.Attempt<string> = async (signal) => {
  await nextTurn(undefined, { signal });
  throw new Error('mirror down');
};

export default defineChecks<typeof Exercise>([
  {
    name: 'it fulfils with the first answer',
    async run({ firstAnswer }) {
      const slow = attempt('slow', 5);
      const fast = attempt('fast', 1);
      assert.equal(await firstAnswer([slow.attempt, fast.attempt]), 'fast');
    },
  },
  {
    name: 'when it fulfils, the other attempts have been aborted and have ended',
    async run({ firstAnswer }) {
      const attempts = [attempt('eu', 50), attempt('us', 1), attempt('ap', 100)];
      await firstAnswer(attempts.map((a) => a.attempt));
      const ends = attempts.map((a) => a.ended());
      assert.deepEqual(ends, ['aborted', 'answered', 'aborted'], `when firstAnswer fulfilled, the attempts were: ${ends.join(', ')}; the slower ones must be aborted and ended by then`);
    },
  },
  {
    name: 'a failure does not stop the others: a later answer still wins',
    async run({ firstAnswer }) {
      const later = attempt('later', 3);
      assert.equal(await firstAnswer([failing, later.attempt]), 'later');
    },
  },
  {
    name: 'it rejects with an AggregateError when every attempt fails',
    async run({ firstAnswer }) {
      await assert.rejects(firstAnswer([failing, failing]), (error: unknown) => {
        assert.ok(error instanceof AggregateError, `rejected with ${String(error)}, not an AggregateError`);
        assert.equal(error.errors.length, 2, `${error.errors.length} errors for two failed attempts`);
        return true;
      });
    },
  },
]);
