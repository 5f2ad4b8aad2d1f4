// A client for one upstream service: GET with the request's signal (fetch stops when it aborts).
// A failure is a 503 upstream_unavailable; the deadline's 504 passes through.
import { fetch } from 'undici';
import { upstreamUnavailable } from './errors.ts';

export interface UpstreamClient {
  get: <T>(path: string, signal: AbortSignal) => Promise<T>;
}

export function createUpstreamClient(name: string, baseUrl: string): UpstreamClient {
  return {
    // #region get
    async get<T>(path: string, signal: AbortSignal): Promise<T> {
      const url = `${baseUrl}${path}`;
      try {
        const response = await fetch(url, { signal });
        if (!response.ok) {
          await response.body?.cancel();
          throw new Error(`GET ${url} answered ${response.status}`);
        }
        return (await response.json()) as T;
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw upstreamUnavailable(name, error);
      }
    },
    // #endregion get
  };
}
