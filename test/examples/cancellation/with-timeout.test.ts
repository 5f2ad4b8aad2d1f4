// withTimeout (examples/lib/timeout.ts) with mock timers: the deadline, the caller's signal, work
// that ignores its signal, and no timer left behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '../../../examples/lib/timeout.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const never = (): Promise<never> => new Promise<never>(() => {}); // ignores its signal

describe('withTimeout', () => {
  it('rejects with a TimeoutError at the deadline, even when the work ignores its signal', async () => {
    const result = withTimeout(never, 100);
    const check = expect(result).rejects.toMatchObject({ name: 'TimeoutError' });
    await vi.advanceTimersByTimeAsync(99);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await check;
  });

  it('passes the signal on, so the work sees the abort', async () => {
    let seen: AbortSignal | undefined;
    const result = withTimeout((signal) => {
      seen = signal;
      return never();
    }, 50);
    const check = expect(result).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(50);
    await check;
    expect(seen?.aborted).toBe(true);
  });

  it("rejects with the caller's reason when the caller aborts first, and clears its timer", async () => {
    const caller = new AbortController();
    const reason = new Error('client went away');
    const result = withTimeout(never, 1_000, { signal: caller.signal });
    const check = expect(result).rejects.toBe(reason);
    caller.abort(reason);
    await check;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fulfils with the value and clears its timer', async () => {
    await expect(withTimeout(() => Promise.resolve('ok'), 1_000)).resolves.toBe('ok');
    expect(vi.getTimerCount()).toBe(0);
  });
});
