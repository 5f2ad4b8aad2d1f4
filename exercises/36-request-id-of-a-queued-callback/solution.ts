import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';

/** The id of the request the code runs for; `log` reads it. */
export const requestIds = new AsyncLocalStorage<string>();

/** A pool created once, outside every request; a queued callback runs when another request releases. */
export interface Pool {
  acquire(callback: (release: () => void) => void): void;
}

/** Serves one request: takes a connection, runs the query on it, logs, and releases it. */
export function handleRequest(requestId: string, pool: Pool, query: () => Promise<void>, log: (msg: string) => void): Promise<void> {
  return requestIds.run(requestId, () => {
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    // Bound here, in the request: the pool may call it from another request's release().
    pool.acquire(
      AsyncResource.bind((release: () => void) => {
        log('got a connection');
        query()
          .then(() => log('query done'))
          .finally(release)
          .then(resolve, reject);
      }),
    );
    return promise;
  });
}
