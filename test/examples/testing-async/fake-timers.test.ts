// Vitest's fake timers on the code of examples/testing-async/waits.ts: the same retry test as the
// node:test sample, and the difference that matters: Vitest fakes the global timers only, so no
// import style of node:timers/promises follows its clock.
import { afterEach, expect, it, vi } from 'vitest';
import { retry, sleep, sleepViaModuleObject, sleepViaNamedImport, sleepViaNamespace } from '../../../examples/testing-async/waits.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** 'resolved' or 'pending' once pending callbacks have run (setImmediate is not faked below). */
async function stateOf(promise: Promise<void>): Promise<'resolved' | 'pending'> {
  let resolved = false;
  promise.then(() => (resolved = true), () => {});
  await new Promise((resolve) => setImmediate(resolve));
  return resolved ? 'resolved' : 'pending';
}

it('retry waits 100 ms, then 200 ms, between attempts (vi.advanceTimersByTimeAsync)', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let calls = 0;
  const result = retry(
    () => {
      calls++;
      if (calls < 3) return Promise.reject(new Error(`attempt ${calls} failed`));
      return Promise.resolve('ok');
    },
    { attempts: 5, baseMs: 100 },
  );
  await vi.advanceTimersByTimeAsync(99);
  expect(calls).toBe(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(calls).toBe(2);
  await vi.advanceTimersByTimeAsync(200);
  expect(calls).toBe(3);
  await expect(result).resolves.toBe('ok');
});

it('fakes the global setTimeout but no import of node:timers/promises', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const controller = new AbortController();
  const global = sleep(1000);
  const fromModule = [sleepViaNamedImport, sleepViaNamespace, sleepViaModuleObject].map((sleepFor) => sleepFor(1000, controller.signal));
  vi.advanceTimersByTime(1000);
  expect(await stateOf(global)).toBe('resolved');
  for (const slept of fromModule) expect(await stateOf(slept)).toBe('pending');
  controller.abort();
  await Promise.allSettled(fromModule);
});
