// A client for one upstream service: GET with the request's signal (fetch stops when it aborts),
// through a limiter of its own (one slow upstream cannot use up the other's capacity), retried with
// backoff and jitter when the failure is worth retrying (a 5xx, a refused connection: a GET is safe
// to repeat). Any failure left after that is a 503 upstream_unavailable; the deadline's 504 passes through.
import type { FastifyBaseLogger } from 'fastify';
import { Agent, fetch } from 'undici';
import { upstreamUnavailable } from './errors.ts';
import { Limiter } from './limiter.ts';
import { retry } from './retry.ts';

/** An answer the upstream gave that is not a 200. */
export class UpstreamStatusError extends Error {
  override name = 'UpstreamStatusError';
  readonly status: number;
  constructor(url: string, status: number) {
    super(`GET ${url} answered ${status}`);
    this.status = status;
  }
}

const retryable = (error: unknown): boolean => (error instanceof UpstreamStatusError ? error.status >= 500 : error instanceof TypeError); // fetch's network failure is a TypeError

export interface UpstreamClient extends AsyncDisposable {
  get: <T>(path: string, signal: AbortSignal) => Promise<T>;
}

export interface UpstreamClientOptions {
  concurrency: number;
  /** Attempts per call, the first included (default 3). */
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  /** Where a retry is logged. */
  log: FastifyBaseLogger;
}

export function createUpstreamClient(name: string, baseUrl: string, options: UpstreamClientOptions): UpstreamClient {
  const { concurrency, attempts = 3, baseMs = 50, maxMs = 400, log } = options;
  // #region limiter
  // Its own connections, closed on shutdown so nothing keeps the process alive.
  const dispatcher = new Agent({ connections: concurrency });
  const limiter = new Limiter(concurrency);
  // #endregion limiter

  const once = async <T>(url: string, signal: AbortSignal): Promise<T> => {
    const response = await fetch(url, { signal, dispatcher });
    if (!response.ok) {
      await response.body?.cancel();
      throw new UpstreamStatusError(url, response.status);
    }
    return (await response.json()) as T;
  };

  return {
    // #region get
    async get<T>(path: string, signal: AbortSignal): Promise<T> {
      const url = `${baseUrl}${path}`;
      try {
        return await retry(() => limiter.run(() => once<T>(url, signal), signal), {
          attempts,
          baseMs,
          maxMs,
          signal,
          retryable,
          onRetry: (error, attempt, delayMs) => log.warn({ upstream: name, attempt, delayMs, err: error }, 'upstream call failed, retrying'),
        });
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw upstreamUnavailable(name, error);
      }
    },
    // #endregion get
    [Symbol.asyncDispose]: () => dispatcher.close(),
  };
}
