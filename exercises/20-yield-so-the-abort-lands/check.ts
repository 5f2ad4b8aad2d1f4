import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const items = Array.from({ length: 10_000 }, (_, index) => index);
const double = (n: number): number => n * 2;

/** Counts the turns of the event loop until stopped: one `setImmediate` per turn. */
function countTurns(): { turns: () => number; stop: () => void } {
  let turns = 0;
  let timer: NodeJS.Immediate | undefined;
  const tick = (): void => {
    turns++;
    timer = setImmediate(tick);
  };
  timer = setImmediate(tick);
  return { turns: () => turns, stop: () => clearImmediate(timer) };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'it fulfils with every result, in order',
    async run({ processAll }) {
      const results = await processAll(items, double, new AbortController().signal);
      assert.equal(results.length, items.length, `${results.length} results for ${items.length} items`);
      assert.ok(results.every((value, index) => value === index * 2), 'the results are not the items doubled, in order');
    },
  },
  {
    name: 'an already aborted signal: no item is processed',
    async run({ processAll }) {
      const controller = new AbortController();
      const reason = new Error('client gone');
      controller.abort(reason);
      let calls = 0;
      await assert.rejects(processAll(items, () => ++calls, controller.signal), (error) => error === reason, 'it did not reject with the signal\'s reason');
      assert.equal(calls, 0, `work ran ${calls} times on a signal that was already aborted`);
    },
  },
  {
    name: 'the event loop gets a turn at least every 1,000 items',
    async run({ processAll }) {
      const loop = countTurns();
      let stretch = 0;
      let longest = 0;
      let lastTurn = loop.turns();
      try {
        await processAll(items, (n) => {
          if (loop.turns() !== lastTurn) {
            lastTurn = loop.turns();
            stretch = 0;
          }
          longest = Math.max(longest, ++stretch);
          return n;
        }, new AbortController().signal);
      } finally {
        loop.stop();
      }
      assert.ok(longest <= 1_000, `${longest} items ran in a row without the event loop getting a turn: no timer, request or abort could run meanwhile`);
    },
  },
  {
    name: 'an abort during the work stops it, with the signal\'s reason',
    async run({ processAll }) {
      const controller = new AbortController();
      const reason = new Error('client gone');
      setImmediate(() => controller.abort(reason)); // on the next turn, while the work runs
      let calls = 0;
      const outcome = await processAll(items, () => ++calls, controller.signal).then(
        () => 'fulfilled',
        (error: unknown) => (error === reason ? 'rejected with the reason' : `rejected with ${String(error)}`),
      );
      assert.equal(outcome, 'rejected with the reason', `aborted on the next turn, processAll ${outcome} after ${calls} of ${items.length} items`);
      assert.ok(calls <= 1_000, `work ran on ${calls} of ${items.length} items although the abort came on the next turn: it should stop within the first 1,000`);
    },
  },
]);
