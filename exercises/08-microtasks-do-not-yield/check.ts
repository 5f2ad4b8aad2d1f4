import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const items = Array.from({ length: 1_000 }, (_, i) => i);

export default defineChecks<typeof Exercise>([
  {
    name: 'every item is handled, in order',
    async run({ processInBatches }) {
      const handled: number[] = [];
      await processInBatches(items, (item) => handled.push(item));
      assert.deepEqual(handled, items, 'some items were not handled, or not in order');
    },
  },
  {
    name: 'other work gets a turn before the last batch',
    async run({ processInBatches }) {
      let handled = 0;
      let handledWhenOthersRan: number | undefined;
      // Another part of the program, waiting for its turn on the event loop.
      setImmediate(() => (handledWhenOthersRan = handled));
      await processInBatches(items, () => (handled += 1));
      assert.ok(
        handledWhenOthersRan !== undefined && handledWhenOthersRan < items.length,
        `the rest of the program only got a turn after all ${items.length} items were handled`,
      );
    },
  },
]);
