// Retry with exponential backoff, jitter and an overall deadline, with p-retry: it handles what a
// hand-written loop forgets (errors that must not be retried, jitter, cancellation, a deadline).
// No retry makes a request safe to repeat: an operation that is not idempotent needs a key.
import { setTimeout as sleep } from 'node:timers/promises';
import pRetry, { type RetryContext } from 'p-retry';

class HttpError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/** A fake service whose calls fail with the given statuses first, then succeed. */
function flaky(statuses: number[]): { call: (signal?: AbortSignal) => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    async call(signal) {
      await sleep(1, undefined, { signal });
      const status = statuses[calls++];
      if (status !== undefined) throw new HttpError(status);
      return 'ok';
    },
    calls: () => calls,
  };
}

// #region p-retry
const retryable = (error: Error) => error instanceof HttpError && (error.status >= 500 || error.status === 429);
const policy = {
  retries: 4,
  minTimeout: 5, // first delay; then ×2 per attempt (factor)
  factor: 2,
  randomize: true, // jitter: each delay × a random 1–2, so clients that failed together spread out
  shouldRetry: ({ error }: RetryContext) => retryable(error),
};

const unavailable = flaky([503, 503]);
const delays: number[] = [];
await pRetry(() => unavailable.call(), { ...policy, onFailedAttempt: ({ retryDelay }) => void delays.push(retryDelay) });
const inBounds = delays.every((ms, i) => ms >= 5 * 2 ** i && ms <= 2 * 5 * 2 ** i);
console.log(`p-retry, 503 twice: ${unavailable.calls()} calls; delays grow ×2 with jitter: ${inBounds}`);

const rejected = flaky([400]);
await pRetry(() => rejected.call(), policy).catch(() => undefined);
console.log(`p-retry, HTTP 400: ${rejected.calls()} call`);
// #endregion p-retry

// #region deadline
// One signal for "the caller gave up, or the whole retry took too long". p-retry stops waiting and
// rejects with the signal's reason; passing the signal on also stops the attempt in flight.
const caller = new AbortController();
const down = flaky(Array<number>(100).fill(503));
try {
  const deadline = AbortSignal.any([caller.signal, AbortSignal.timeout(60)]);
  await pRetry(() => down.call(deadline), { ...policy, retries: Infinity, signal: deadline });
} catch (error) {
  console.log(`deadline: rejected with ${(error as Error).name} after ${down.calls()} calls`);
}
// #endregion deadline

// #region idempotency
// A payment whose response is lost after the charge went through: the client sees a failure and
// retries. Without a key the server cannot tell a retry from a new payment.
function paymentService() {
  const charges = new Map<string, number>();
  let responsesLost = 1;
  return {
    async charge(amount: number, idempotencyKey: string = crypto.randomUUID()): Promise<number> {
      await sleep(1);
      if (!charges.has(idempotencyKey)) charges.set(idempotencyKey, amount); // a known key is a replay
      if (responsesLost-- > 0) throw new HttpError(504); // charged, but the answer never arrived
      return charges.get(idempotencyKey) ?? 0;
    },
    total: () => [...charges.values()].reduce((sum, n) => sum + n, 0),
  };
}

const withoutKey = paymentService();
await pRetry(() => withoutKey.charge(30), policy);
const withKey = paymentService();
const key = crypto.randomUUID(); // one key per payment, reused by every retry of it
await pRetry(() => withKey.charge(30, key), policy);
console.log(`charged without a key: ${withoutKey.total()}; with one: ${withKey.total()}`);
// #endregion idempotency
