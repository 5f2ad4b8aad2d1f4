import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** An operation that fails its first `failures` calls, counting them. */
function flaky(failures: number): { operation: () => Promise<string>; calls: () => number } {
  let calls = 0;
  const operation = async (): Promise<string> => {
    calls += 1;
    await Promise.resolve();
    if (calls <= failures) throw new Error(`attempt ${calls} failed`);
    return `attempt ${calls} worked`;
  };
  return { operation, calls: () => calls };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'a failure is retried: two failures then a success resolve with the success',
    async run({ retry }) {
      const { operation, calls } = flaky(2);
      const value = await retry(operation, 3).catch((error: unknown) => `rejected (${String(error)})`);
      assert.equal(value, 'attempt 3 worked', `retry(operation, 3) gave "${value}" after calling operation ${calls()} time(s); operation would have worked on its third call`);
    },
  },
  {
    name: 'after the last attempt, retry rejects with the last error',
    async run({ retry }) {
      const { operation, calls } = flaky(10);
      const error = await retry(operation, 3).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      assert.ok(error instanceof Error, 'retry(operation, 3) resolved although every attempt failed');
      assert.equal(error.message, 'attempt 3 failed', `retry rejected with "${error.message}" after calling operation ${calls()} time(s); expected the third call's error`);
    },
  },
  {
    name: 'a success is not repeated: operation is called once when it works',
    async run({ retry }) {
      const { operation, calls } = flaky(0);
      await retry(operation, 3);
      assert.equal(calls(), 1, `operation was called ${calls()} times although its first call worked`);
    },
  },
]);
