import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** An `open` whose resources log `open NAME` and `close NAME`; opening `failsToOpen` rejects, closing `failsToClose` throws. */
function files(failures: { failsToOpen?: string; failsToClose?: string } = {}): { open: Exercise.Open; log: string[]; stillOpen: () => string[] } {
  const log: string[] = [];
  const open = new Set<string>();
  return {
    log,
    stillOpen: () => [...open],
    open: async (name) => {
      await nextTurn();
      if (name === failures.failsToOpen) throw new Error(`cannot open ${name}`);
      open.add(name);
      log.push(`open ${name}`);
      return {
        async [Symbol.asyncDispose]() {
          await nextTurn(); // closing takes a turn, e.g. flushing a buffer
          open.delete(name);
          log.push(`close ${name}`);
          if (name === failures.failsToClose) throw new Error(`cannot flush ${name}`);
        },
      };
    },
  };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'on success nothing is closed until the caller disposes the result',
    async run({ openAll }) {
      const { open, log } = files();
      await openAll(['a', 'b', 'c'], open);
      assert.deepEqual(log, ['open a', 'open b', 'open c'], `openAll did: ${log.join(', ')}; it should open a, b and c and close nothing yet`);
    },
  },
  {
    name: 'disposing the result closes every resource, last opened first',
    async run({ openAll }) {
      const { open, log } = files();
      const opened = await openAll(['a', 'b', 'c'], open);
      log.length = 0;
      await opened[Symbol.asyncDispose]();
      assert.deepEqual(log, ['close c', 'close b', 'close a'], `disposing closed in this order: ${log.join(', ')}; the last opened must close first`);
    },
  },
  {
    name: 'when an open fails, openAll rejects with its error and has closed the ones it opened',
    async run({ openAll }) {
      const { open, log, stillOpen } = files({ failsToOpen: 'c' });
      await assert.rejects(openAll(['a', 'b', 'c', 'd'], open), /cannot open c/, 'openAll should reject with the error of the open that failed');
      assert.deepEqual(stillOpen(), [], `when openAll rejected, these were still open: ${stillOpen().join(', ')}; the caller has nothing to close them with`);
      assert.deepEqual(log, ['open a', 'open b', 'close b', 'close a'], `openAll did: ${log.join(', ')}; it should close b then a, and never try d`);
    },
  },
  {
    name: 'a close that throws does not leave the others open, and its error reaches the caller',
    async run({ openAll }) {
      const { open, stillOpen } = files({ failsToClose: 'b' });
      const opened = await openAll(['a', 'b', 'c'], open);
      const disposing = async (): Promise<void> => {
        await opened[Symbol.asyncDispose]();
      };
      await assert.rejects(disposing, /cannot flush b/, "disposing should reject with b's close error");
      assert.deepEqual(stillOpen(), [], `after b failed to close, these were left open: ${stillOpen().join(', ')}`);
    },
  },
]);
