// Jest's fake timers, used standalone: @jest/fake-timers is the package Jest's `jest.useFakeTimers()`
// is built on (both are @sinonjs/fake-timers underneath), so the same retry test runs here without
// Jest's runner. In a Jest test file, `jest.useFakeTimers()` and `jest.advanceTimersByTimeAsync`
// do the same.
import assert from 'node:assert/strict';
import { ModernFakeTimers } from '@jest/fake-timers';
import { retry } from './waits.ts';

// #region jest
// Jest passes its project config; only its fakeTimers entry matters here.
type ProjectConfig = ConstructorParameters<typeof ModernFakeTimers>[0]['config'];
const clock = new ModernFakeTimers({ global: globalThis, config: { fakeTimers: {} } as ProjectConfig });
clock.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
try {
  const calls: number[] = []; // the fake time of each attempt
  const result = retry(
    () => (calls.push(clock.now()) < 3 ? Promise.reject(new Error('not yet')) : Promise.resolve('ok')),
    { attempts: 5, baseMs: 100 },
  );
  await clock.advanceTimersByTimeAsync(99); // runs due timers, letting promise callbacks run between them
  assert.equal(calls.length, 1, 'not before 100 ms');
  await clock.advanceTimersByTimeAsync(1);
  assert.equal(calls.length, 2);
  await clock.advanceTimersByTimeAsync(200);
  assert.equal(await result, 'ok');
  const start = calls[0] ?? 0;
  console.log(`retry on Jest's clock: attempts at ${calls.map((t) => t - start).join(', ')} ms`);
} finally {
  clock.useRealTimers();
}
// #endregion jest
