// The hand-written helpers of the resilience page, on mock clocks and deferreds: the token bucket's
// rate, single-flight's sharing, the breaker's states and the hedge's aborted loser. No real time.
import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BrokenCircuitError, CircuitBreaker } from '../../../examples/resilience/breaker.ts';
import { hedged } from '../../../examples/resilience/hedge.ts';
import { cached, singleFlight } from '../../../examples/resilience/single-flight.ts';
import { TokenBucket } from '../../../examples/resilience/token-bucket.ts';

function mockClock(): { now: () => number; advance: (ms: number) => void } {
  let now = 0;
  return { now: () => now, advance: (ms) => (now += ms) };
}

describe('TokenBucket', () => {
  it('gives its capacity at once, then tokens at its rate and no faster', () => {
    const clock = mockClock();
    const bucket = new TokenBucket(3, 20, clock); // 1 token per 50 ms
    expect([1, 2, 3, 4].map(() => bucket.tryTake())).toEqual([true, true, true, false]);
    expect(bucket.waitMs()).toBe(50);
    clock.advance(49);
    expect(bucket.tryTake()).toBe(false);
    clock.advance(1);
    expect(bucket.tryTake()).toBe(true);
    let taken = 0;
    for (let ms = 0; ms < 10_000; ms += 10) {
      clock.advance(10);
      if (bucket.tryTake()) taken++;
    }
    expect(taken).toBe(200); // 20 per second for 10 s
  });

  it('never holds more than its capacity after a long idle time', () => {
    const clock = mockClock();
    const bucket = new TokenBucket(2, 100, clock);
    clock.advance(60_000);
    expect([1, 2, 3].map(() => bucket.tryTake())).toEqual([true, true, false]);
  });
});

describe('singleFlight', () => {
  it('runs the work once for concurrent calls of a key, once per key, and again after it settles', async () => {
    const runs: string[] = [];
    const gates = new Map<string, PromiseWithResolvers<string>>();
    const load = singleFlight((key) => {
      runs.push(key);
      const gate = Promise.withResolvers<string>();
      gates.set(key, gate);
      return gate.promise;
    });
    const calls = [load('a'), load('a'), load('b'), load('a')];
    gates.get('a')?.resolve('A');
    gates.get('b')?.resolve('B');
    expect(await Promise.all(calls)).toEqual(['A', 'A', 'B', 'A']);
    expect(runs).toEqual(['a', 'b']);
    const again = load('a');
    gates.get('a')?.resolve('A2');
    expect(await again).toBe('A2');
    expect(runs).toEqual(['a', 'b', 'a']);
  });

  it('shares a rejection with every waiting caller, and the next call tries again', async () => {
    let runs = 0;
    const load = singleFlight(() => (++runs === 1 ? Promise.reject(new Error('down')) : Promise.resolve('up')));
    const results = await Promise.allSettled([load('k'), load('k')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await load('k')).toBe('up');
    expect(runs).toBe(2);
  });

  it('keeps a stampede on expiry to one load when the cache loads through it', async () => {
    const clock = mockClock();
    let loads = 0;
    const getCached = cached(singleFlight((key) => Promise.resolve(`${key}${++loads}`)), 100, clock);
    expect(await getCached('k')).toBe('k1');
    clock.advance(101);
    expect(await Promise.all([getCached('k'), getCached('k'), getCached('k')])).toEqual(['k2', 'k2', 'k2']);
    expect(loads).toBe(2);
  });
});

describe('CircuitBreaker', () => {
  const fail = (): Promise<never> => Promise.reject(new Error('503'));
  const ok = (): Promise<string> => Promise.resolve('ok');

  it('opens after the threshold of failures in a row, and a success resets the count', async () => {
    const breaker = new CircuitBreaker(2, 100, mockClock());
    await expect(breaker.execute(fail)).rejects.toThrow('503');
    await breaker.execute(ok);
    await expect(breaker.execute(fail)).rejects.toThrow('503');
    expect(breaker.state).toBe('closed');
    await expect(breaker.execute(fail)).rejects.toThrow('503');
    expect(breaker.state).toBe('open');
  });

  it('fails fast while open without calling, lets one probe through after openMs, and closes on its success', async () => {
    const clock = mockClock();
    const breaker = new CircuitBreaker(1, 100, clock);
    await expect(breaker.execute(fail)).rejects.toThrow('503');
    let calls = 0;
    const counted = (): Promise<string> => (calls++, ok());
    clock.advance(99);
    await expect(breaker.execute(counted)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(calls).toBe(0);
    clock.advance(1);
    const probe = Promise.withResolvers<string>();
    const probing = breaker.execute(() => probe.promise);
    expect(breaker.state).toBe('half-open');
    await expect(breaker.execute(counted)).rejects.toBeInstanceOf(BrokenCircuitError); // one probe at a time
    probe.resolve('ok');
    expect(await probing).toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('opens again at once when the probe fails', async () => {
    const clock = mockClock();
    const breaker = new CircuitBreaker(3, 100, clock);
    for (let i = 0; i < 3; i++) await expect(breaker.execute(fail)).rejects.toThrow('503');
    clock.advance(100);
    await expect(breaker.execute(fail)).rejects.toThrow('503');
    expect(breaker.state).toBe('open');
    clock.advance(99);
    await expect(breaker.execute(ok)).rejects.toBeInstanceOf(BrokenCircuitError);
  });
});

describe('hedged', () => {
  it('sends no second attempt when the first answers in time', async () => {
    const attempts: number[] = [];
    const result = await hedged((_signal, n) => (attempts.push(n), Promise.resolve('first')), 1_000);
    expect(result).toBe('first');
    expect(attempts).toEqual([1]);
  });

  it('sends a second attempt after the delay, takes the winner and aborts the loser', async () => {
    const signals = new Map<number, AbortSignal>();
    const second = Promise.withResolvers<string>();
    const result = hedged(async (signal, n) => {
      signals.set(n, signal);
      if (n === 2) return second.promise;
      const { promise, reject } = Promise.withResolvers<string>();
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      return promise; // the slow first attempt, which only an abort ends
    }, 0);
    while (!signals.has(2)) await turn();
    expect(signals.get(1)?.aborted).toBe(false);
    second.resolve('second');
    expect(await result).toBe('second');
    expect(signals.get(1)?.aborted).toBe(true);
  });

  it('rejects with the caller\'s reason when the caller aborts', async () => {
    const caller = new AbortController();
    const result = hedged((signal) => new Promise<string>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })), 1_000, caller.signal);
    caller.abort(new Error('client went away'));
    await expect(result).rejects.toThrow('client went away');
  });
});
