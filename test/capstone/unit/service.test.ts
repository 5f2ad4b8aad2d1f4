// The finished capstone service's own unit tests: the retry's backoff and the deadline on mock
// timers, the limiter, the error mapping, imported from the tree after step 6 (written by the
// capstone catalogue into .cache/: a solution folder holds only what its step changes, so its
// imports resolve only in a tree). They start nothing, so they run in the `unit` project (npm test).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Errors from '../../../capstone/service/errors.ts';
import type * as Limiters from '../../../capstone/steps/4-limits-and-retries/solution/limiter.ts';
import type * as Retries from '../../../capstone/steps/4-limits-and-retries/solution/retry.ts';
import { createCapstoneCatalogue } from '../../../src/capstone/catalogue.ts';
import { projectRoot } from '../../../src/cli/project-root.ts';

/** deadline.ts's export, typed here: its file imports ./errors.ts, which only a tree resolves. */
interface Deadlines {
  startDeadline: (ms: number) => Disposable & { signal: AbortSignal; remainingMs: () => number; abort: (reason: Errors.HttpError) => void };
}

let deadlineExceeded: typeof Errors.deadlineExceeded;
let HttpError: typeof Errors.HttpError;
let shuttingDown: typeof Errors.shuttingDown;
let toHttpError: typeof Errors.toHttpError;
let startDeadline: Deadlines['startDeadline'];
let Limiter: typeof Limiters.Limiter;
let LimiterFullError: typeof Limiters.LimiterFullError;
let backoffMs: typeof Retries.backoffMs;
let retry: typeof Retries.retry;

beforeAll(async () => {
  const root = projectRoot();
  const tree = createCapstoneCatalogue(root).writeTree(6, path.join(root, '.cache', 'capstone', 'trees', 'unit-after-6'));
  const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(path.join(tree, name)).href)) as T;
  ({ deadlineExceeded, HttpError, shuttingDown, toHttpError } = await load<typeof Errors>('errors.ts'));
  ({ startDeadline } = await load<Deadlines>('deadline.ts'));
  ({ Limiter, LimiterFullError } = await load<typeof Limiters>('limiter.ts'));
  ({ backoffMs, retry } = await load<typeof Retries>('retry.ts'));
});

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('retry (full jitter)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sleeps between 0 and min(max, base · 2^(n-1)) before retry n', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 50, 400, () => 0.999))).toEqual([49, 99, 199, 399, 399]);
    expect([1, 2, 3].map((n) => backoffMs(n, 50, 400, () => 0))).toEqual([0, 0, 0]);
  });

  it('retries a retryable failure after the backoff, and not before', async () => {
    const calls: number[] = [];
    const result = retry(
      (attempt) => {
        calls.push(attempt);
        return attempt < 3 ? Promise.reject(new Error(`failure ${attempt}`)) : Promise.resolve('ok');
      },
      { attempts: 3, baseMs: 100, maxMs: 1000, signal: new AbortController().signal, retryable: () => true, random: () => 0.5 },
    );
    await flush();
    expect(calls).toEqual([1]);
    await vi.advanceTimersByTimeAsync(49);
    expect(calls).toEqual([1]); // the first sleep is 0.5 · 100 = 50 ms
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(100); // the second is 0.5 · 200
    expect(calls).toEqual([1, 2, 3]);
    expect(await result).toBe('ok');
  });

  it('does not retry a failure that is not retryable, nor past its attempts', async () => {
    let calls = 0;
    const fail = (): Promise<never> => {
      calls++;
      return Promise.reject(new Error('no'));
    };
    await expect(retry(fail, { attempts: 5, baseMs: 10, maxMs: 10, signal: new AbortController().signal, retryable: () => false })).rejects.toThrow('no');
    expect(calls).toBe(1);
    calls = 0;
    const all = retry(fail, { attempts: 2, baseMs: 10, maxMs: 10, signal: new AbortController().signal, retryable: () => true, random: () => 0 });
    const settled = expect(all).rejects.toThrow('no');
    await vi.runAllTimersAsync();
    await settled;
    expect(calls).toBe(2);
  });

  it('stops sleeping when the signal aborts, rejecting with its reason, and leaves no timer', async () => {
    const controller = new AbortController();
    const result = retry(
      () => Promise.reject(new Error('down')),
      { attempts: 5, baseMs: 1000, maxMs: 1000, signal: controller.signal, retryable: () => true, random: () => 1 },
    );
    const settled = result.catch((error: unknown) => error);
    await flush();
    expect(vi.getTimerCount()).toBe(1);
    const reason = deadlineExceeded(300);
    controller.abort(reason);
    expect(await settled).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('startDeadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('aborts its signal with the 504 when the time is up, not before', () => {
    const deadline = startDeadline(300);
    vi.advanceTimersByTime(299);
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.remainingMs()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    expect(toHttpError(new Error('fetch aborted'), deadline.signal)).toMatchObject({ status: 504, code: 'deadline_exceeded' });
  });

  it('leaves no timer once disposed, and abort() gives its own reason', () => {
    const deadline = startDeadline(300);
    deadline[Symbol.dispose]();
    expect(vi.getTimerCount()).toBe(0);
    const other = startDeadline(300);
    other.abort(shuttingDown());
    expect(vi.getTimerCount()).toBe(0);
    expect(toHttpError(new Error('whatever the call threw'), other.signal)).toMatchObject({ status: 503, code: 'shutting_down' });
  });
});

describe('Limiter', () => {
  it('runs at most `limit` at once, queues `maxWaiting` more and refuses the next', async () => {
    const limiter = new Limiter(2, 1);
    const gates = Array.from({ length: 3 }, () => Promise.withResolvers<void>());
    const signal = new AbortController().signal;
    const running = gates.map((gate) => limiter.run(() => gate.promise, signal));
    await flush();
    expect([limiter.active, limiter.waiting]).toEqual([2, 1]);
    await expect(limiter.run(() => Promise.resolve(), signal)).rejects.toBeInstanceOf(LimiterFullError);
    for (const gate of gates) gate.resolve();
    await Promise.all(running);
    expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
  });

  it('takes a waiting call out of the line when its signal aborts', async () => {
    const limiter = new Limiter(1);
    const gate = Promise.withResolvers<void>();
    const first = limiter.run(() => gate.promise, new AbortController().signal);
    const controller = new AbortController();
    let ran = false;
    const second = limiter.run(() => {
      ran = true;
      return Promise.resolve();
    }, controller.signal);
    await flush();
    expect(limiter.waiting).toBe(1);
    controller.abort(new Error('deadline'));
    await expect(second).rejects.toThrow('deadline');
    expect(limiter.waiting).toBe(0);
    gate.resolve();
    await first;
    expect([ran, limiter.active]).toEqual([false, 0]);
  });
});

describe('toHttpError', () => {
  it('keeps an HttpError, gives a client error its status and anything else a 500', () => {
    expect(toHttpError(new HttpError(404, 'not_found', 'x'), undefined)).toMatchObject({ status: 404, code: 'not_found' });
    expect(toHttpError(Object.assign(new Error('bad'), { statusCode: 400 }), undefined)).toMatchObject({ status: 400, code: 'bad_request' });
    expect(toHttpError(new TypeError('oops'), undefined)).toMatchObject({ status: 500, code: 'internal_error' });
    expect(toHttpError('a string', new AbortController().signal)).toMatchObject({ status: 500 });
  });
});
