// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// Deno: --allow-net
// Request coalescing (single-flight): while a call for a key is in flight, every other caller of
// that key gets the same promise, so the upstream sees one request. A cache that refills through it
// does not stampede when an entry expires. The server counts what reaches it.
import { startLatencyServer } from '../lib/latency-server.ts';

// #region single-flight
/** Concurrent calls with the same key share one run of `work`; the next call after it settles runs again. */
export function singleFlight<T>(work: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const started = work(key).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}
// #endregion single-flight

// #region cache
/** A cache whose entries live `ttlMs`; a miss calls `load` (pass it through singleFlight to coalesce). */
export function cached<T>(load: (key: string) => Promise<T>, ttlMs: number, clock: { now(): number } = performance): (key: string) => Promise<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  return async (key) => {
    const hit = entries.get(key);
    if (hit && hit.expiresAt > clock.now()) return hit.value;
    const value = await load(key);
    entries.set(key, { value, expiresAt: clock.now() + ttlMs });
    return value;
  };
}
// #endregion cache

if (import.meta.main) {
  const upstream = await startLatencyServer({ delayMs: 20 });
  try {
    const getUser = async (id: string): Promise<string> => (await fetch(`${upstream.url}user/${id}`)).text();
    const tenAtOnce = <T>(call: (key: string) => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: 10 }, () => call('42')));

    // #region coalesce
    await tenAtOnce(getUser);
    console.log(`10 identical requests, plain: upstream served ${upstream.served}`);
    upstream.reset();
    await tenAtOnce(singleFlight(getUser));
    console.log(`10 identical requests, single-flight: upstream served ${upstream.served}`);
    // #endregion coalesce

    // #region stampede
    let now = 0; // a mock clock: the entries expire when the demonstration says so
    const clock = { now: () => now };
    for (const [name, load] of [['plain cache', getUser], ['single-flight cache', singleFlight(getUser)]] as const) {
      const getCached = cached(load, 1000, clock);
      await getCached('42'); // warm
      upstream.reset();
      now += 1001; // the entry expires while the service is busy
      await tenAtOnce(getCached);
      await tenAtOnce(getCached); // refilled: all hits
      console.log(`${name}: 20 requests after expiry, upstream served ${upstream.served}`);
    }
    // #endregion stampede
  } finally {
    await upstream.close();
  }
}
