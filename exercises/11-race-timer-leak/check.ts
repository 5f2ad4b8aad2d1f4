import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks, pendingTimers } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** Work that never finishes by itself and stops when its signal aborts, rejecting with its reason (as fetch does). */
const untilAborted = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')), { once: true }));

export default defineChecks<typeof Exercise>([
  {
    name: 'fast work resolves with its value',
    async run({ withTimeout }) {
      assert.equal(await withTimeout(() => Promise.resolve('done'), 5_000), 'done');
    },
  },
  {
    name: 'once fast work has won, no timer is left running',
    async run({ withTimeout }) {
      const before = pendingTimers();
      await withTimeout(async () => {
        await nextTurn();
        return 'done';
      }, 5_000);
      const left = pendingTimers() - before;
      assert.equal(left, 0, `${left} timer(s) still running after withTimeout resolved: each one keeps the process alive for 5 s`);
    },
  },
  {
    name: 'slow work is aborted and the call rejects with a TimeoutError',
    async run({ withTimeout }) {
      let aborted = false;
      const error = await withTimeout((signal) => {
        signal.addEventListener('abort', () => (aborted = true));
        return untilAborted(signal);
      }, 20).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      assert.ok(error instanceof Error && error.name === 'TimeoutError', `withTimeout rejected with ${String(error)}, not a TimeoutError`);
      assert.ok(aborted, "the work's signal was not aborted at the deadline");
    },
  },
]);
