/**
 * A local HTTP server on 127.0.0.1 that answers every request after an artificial delay and counts
 * how many requests it is serving at once. The samples use it to show concurrency: sequential
 * awaits keep one request in flight, `Promise.all` keeps them all in flight.
 *
 * @example
 * ```ts
 * await using server = await startLatencyServer({ delayMs: 50 });
 * await Promise.all([fetch(server.url), fetch(server.url)]);
 * console.log(server.peakInFlight); // 2
 * ```
 * @module
 */
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Span } from './spans.ts';

/** A running latency server. Dispose of it (`await using`) or call `close()` when done. */
export interface LatencyServer extends AsyncDisposable {
  /** Base URL, e.g. `http://127.0.0.1:40123/`. */
  readonly url: string;
  /** The most requests that were being served at the same moment. */
  readonly peakInFlight: number;
  /** How many requests have been answered. */
  readonly served: number;
  /** Each answered request as the server saw it, from arrival to answer, named by its path (`item/3`). */
  readonly spans: Span[];
  /** Forgets the peak, the count and the spans, e.g. between two runs of a demo. */
  reset(): void;
  /** Stops listening and waits until the server is closed. */
  close(): Promise<void>;
}

/** Options for {@link startLatencyServer}. */
export interface LatencyServerOptions {
  /** How long each answer takes, in milliseconds. A `?delay=MS` query overrides it per request. */
  delayMs: number;
}

/**
 * Starts a latency server on an ephemeral port of 127.0.0.1.
 *
 * @param options - the delay of each answer.
 * @returns the running server, once it is listening.
 * @throws if the server cannot listen (the `'error'` event of `listen`).
 */
export async function startLatencyServer(options: LatencyServerOptions): Promise<LatencyServer> {
  let inFlight = 0;
  let peakInFlight = 0;
  let served = 0;
  let spans: Span[] = [];
  const server: Server = createServer((request, response) => {
    const start = performance.now();
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    const delay = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('delay') ?? options.delayMs);
    const timer = setTimeout(() => {
      inFlight--;
      served++;
      spans.push({ task: new URL(request.url ?? '/', 'http://x').pathname.slice(1), start, end: performance.now() });
      response.end(request.url);
    }, delay);
    // A client that goes away must not leave the timer running.
    response.on('close', () => clearTimeout(timer));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const close = async (): Promise<void> => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  };
  return {
    url: `http://127.0.0.1:${port}/`,
    get peakInFlight() {
      return peakInFlight;
    },
    get served() {
      return served;
    },
    get spans() {
      return spans.map((span) => ({ ...span }));
    },
    reset() {
      peakInFlight = 0;
      served = 0;
      spans = [];
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
