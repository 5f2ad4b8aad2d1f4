// How retry, circuit breaker, per-attempt timeout and the caller's deadline compose, and why the
// order matters: during an outage, 10 requests through each arrangement, counting the calls that
// reach the failing service.
import { BrokenCircuitError, circuitBreaker, ConsecutiveBreaker, ConstantBackoff, handleWhen, type IPolicy, retry, timeout, TimeoutStrategy, wrap } from 'cockatiel';
import { setTimeout as sleep } from 'node:timers/promises';

let serviceCalls = 0;
async function service(signal: AbortSignal): Promise<string> {
  serviceCalls++;
  await sleep(2, undefined, { signal });
  throw new Error('503 from the service'); // an outage: every call fails
}

const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

// #region policies
// The breaker counts what says the service is unwell; the caller giving up is not that.
const newBreaker = () => circuitBreaker(handleWhen((error) => !isAbort(error)), { halfOpenAfter: 10_000, breaker: new ConsecutiveBreaker(3) });
// Retry what may pass; an open circuit or an abort will not. maxAttempts counts retries: 3 calls.
const newRetry = () => retry(handleWhen((error) => !(error instanceof BrokenCircuitError) && !isAbort(error)), { maxAttempts: 2, backoff: new ConstantBackoff(5) });
// Each attempt gets 50 ms of the deadline; Aggressive rejects at once with TaskCancelledError.
const newTimeout = () => timeout(50, TimeoutStrategy.Aggressive);
// #endregion policies

async function tenRequests(name: string, policy: IPolicy): Promise<void> {
  serviceCalls = 0;
  for (let request = 0; request < 10; request++) {
    const deadline = AbortSignal.timeout(500); // the caller's deadline, outermost: every policy sees it
    await policy.execute(({ signal }) => service(signal), deadline).catch(() => undefined);
  }
  console.log(`${name.padEnd(34)} ${String(serviceCalls).padStart(2)} calls reached the service`);
}

// #region orders
await tenRequests('retry alone:', wrap(newRetry(), newTimeout()));
await tenRequests('breaker outside retry:', wrap(newBreaker(), newRetry(), newTimeout()));
await tenRequests('retry outside breaker:', wrap(newRetry(), newBreaker(), newTimeout()));
// #endregion orders
