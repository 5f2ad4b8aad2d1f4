// What the fault and load run sends and which faults it injects, decided before it starts (pure):
// the requests, how many go before SIGTERM and how many after, which upstream calls are late or
// fail (by their order of arrival), from which request on the database is slow, and the service's env. The same plan
// on every run, so two runs differ only by timing, never by what was asked.

export interface PlannedRequest {
  /** Its number, 0-based, also sent as `?n=` so the service's log names it. */
  n: number;
  sku: string;
  /** Sent before the run delivers SIGTERM, or after (while the service drains or is gone). */
  phase: 'before' | 'after';
}

export interface LoadSettings {
  requests: number;
  /** How many requests are in flight at once (the client's lanes). */
  concurrency: number;
  /** How many requests are sent before SIGTERM. */
  beforeSigterm: number;
  deadlineMs: number;
  shutdownMs: number;
  poolMax: number;
  poolConnectTimeoutMs: number;
  upstreamConcurrency: number;
  /** How late the prices upstream answers its late calls (well past the deadline). */
  pricesLateMs: number;
  /** From this prices call on (0-based, by order of arrival)… */
  pricesBurstFrom: number;
  /** …this many calls in a row are late: every lane waits on prices at once, and a service without a limiter has far more than UPSTREAM_CONCURRENCY calls there. */
  pricesBurstCalls: number;
  /** The database turns slow when this request (its number, 0-based) is sent… */
  dbSlowAtRequest: number;
  /** …for this long… */
  dbSlowForMs: number;
  /** …each of its answers this much late: every pool connection is held and the next requests find none. */
  dbSlowMs: number;
  /** The slack on every time limit, for a busy 2-core machine: an answer may come this much after the deadline. */
  marginMs: number;
  /** The client gives up on a request after this long (far above the deadline: a request it gives up on was left hanging). */
  clientTimeoutMs: number;
}

export const DEFAULT_SETTINGS: LoadSettings = {
  requests: 240,
  concurrency: 24,
  beforeSigterm: 200,
  deadlineMs: 800,
  shutdownMs: 2000,
  poolMax: 2,
  poolConnectTimeoutMs: 200,
  upstreamConcurrency: 8,
  pricesLateMs: 3000,
  pricesBurstFrom: 40,
  pricesBurstCalls: 12,
  dbSlowAtRequest: 140,
  dbSlowForMs: 600,
  dbSlowMs: 300,
  marginMs: 1000,
  clientTimeoutMs: 10_000,
};

/** Which prices calls answer late: every PRICES_LATE_EVERY-th call, by order of arrival at the upstream, and every call of the burst (`pricesBurstFrom`). */
export const PRICES_LATE_EVERY = 8;

/** The share of stock calls that fail (503), evenly spread over the calls: retries save most requests, not all. */
export const STOCK_FAIL_SHARE = 0.25;

/**
 * The prices upstream's delay for its call number `index` (0-based, in order of arrival). By count,
 * not by the clock, like the database's slow spell: a fast machine sends every request before a
 * moment chosen on a slow one, and the fault would never happen.
 */
export function pricesDelayMs(settings: LoadSettings, index: number): number {
  const inBurst = index >= settings.pricesBurstFrom && index < settings.pricesBurstFrom + settings.pricesBurstCalls;
  const late = inBurst || index % PRICES_LATE_EVERY === PRICES_LATE_EVERY - 1;
  return late ? settings.pricesLateMs : 0;
}

/** The requests, round the seeded `skus` in turn. */
export function loadPlan(settings: LoadSettings, skus: readonly string[]): PlannedRequest[] {
  if (settings.beforeSigterm > settings.requests) throw new RangeError(`beforeSigterm (${settings.beforeSigterm}) is more than requests (${settings.requests})`);
  if (skus.length === 0) throw new RangeError('no skus to ask for');
  return Array.from({ length: settings.requests }, (_, n) => ({ n, sku: skus[n % skus.length] ?? '', phase: n < settings.beforeSigterm ? 'before' : 'after' }));
}

/** The service's environment for the run: the contract's limits (the checker adds where the database and upstreams are). */
export function serviceEnv(settings: LoadSettings): Record<string, string> {
  return {
    DEADLINE_MS: String(settings.deadlineMs),
    SHUTDOWN_MS: String(settings.shutdownMs),
    POOL_MAX: String(settings.poolMax),
    POOL_CONNECT_TIMEOUT_MS: String(settings.poolConnectTimeoutMs),
    UPSTREAM_CONCURRENCY: String(settings.upstreamConcurrency),
  };
}
