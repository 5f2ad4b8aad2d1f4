// A client for one upstream service: GET, and a failure (no answer, or not a 200) is a 503
// upstream_unavailable.
import { fetch } from 'undici';
import { upstreamUnavailable } from './errors.ts';

export interface UpstreamClient {
  get: <T>(path: string) => Promise<T>;
}

export function createUpstreamClient(name: string, baseUrl: string): UpstreamClient {
  return {
    // #region get
    async get<T>(path: string): Promise<T> {
      const url = `${baseUrl}${path}`;
      try {
        const response = await fetch(url);
        if (!response.ok) {
          await response.body?.cancel();
          throw new Error(`GET ${url} answered ${response.status}`);
        }
        return (await response.json()) as T;
      } catch (error) {
        throw upstreamUnavailable(name, error);
      }
    },
    // #endregion get
  };
}
