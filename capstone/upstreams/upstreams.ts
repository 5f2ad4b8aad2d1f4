// The capstone's two upstream services, prices and stock: small HTTP servers started in the
// checker's process (never by the service), whose latency and failures the checks set, and which
// count what reached them: requests, how many were in flight at once, and how many the caller gave
// up on (it closed the connection before the answer: an aborted fetch).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How an upstream answers; each field applies to the requests that arrive after it is set. */
export interface Behaviour {
  /** How long before it answers, in ms: a number, or per request from its index (0, 1, …). Default 0. */
  delayMs?: number | ((index: number) => number);
  /** Which requests fail: a share (0.25 fails requests 3, 7, 11, …: evenly spread, no randomness), or per index. Default none. */
  fail?: number | ((index: number) => boolean);
  /** The status of a failed request (default 500). */
  failStatus?: number;
}

/** What reached an upstream since it started (or since `reset()`). */
export interface UpstreamStats {
  /** Requests received. */
  requests: number;
  /** Requests answered 200. */
  answered: number;
  /** Requests answered with `failStatus`. */
  failed: number;
  /** Requests whose caller closed the connection before the answer. */
  aborted: number;
  /** Requests being served now. */
  inFlight: number;
  /** The most requests in flight at once. */
  peakInFlight: number;
  /** The paths requested, in order of arrival. */
  paths: string[];
}

export interface Upstream {
  /** Its base URL, `http://127.0.0.1:PORT` (what the service gets as PRICES_URL or STOCK_URL). */
  readonly url: string;
  /** Changes how it answers from the next request on. */
  set: (behaviour: Behaviour) => void;
  /** Back to answering at once, never failing, not holding; the counts to zero. */
  reset: () => void;
  /** From now on, requests wait (after their delay) until `release()`: a check can see what arrives while they wait. */
  hold: () => void;
  /** Answers every held request and stops holding. */
  release: () => void;
  readonly stats: Readonly<UpstreamStats>;
  /** Resolves when `stats.inFlight` is 0 (answered or aborted). */
  idle: () => Promise<void>;
}

export interface Upstreams extends AsyncDisposable {
  prices: Upstream;
  stock: Upstream;
}

/** What each upstream answers for a sku it knows; any other sku is a 404. */
export const PRICES: Readonly<Record<string, number>> = { kettle: 34.5, teapot: 58, mug: 9.25 };
export const STOCK: Readonly<Record<string, boolean>> = { kettle: true, teapot: false, mug: true };

function failsAt(fail: Behaviour['fail'], index: number): boolean {
  if (typeof fail === 'function') return fail(index);
  if (!fail) return false;
  return Math.floor((index + 1) * fail) > Math.floor(index * fail);
}

function freshStats(): UpstreamStats {
  return { requests: 0, answered: 0, failed: 0, aborted: 0, inFlight: 0, peakInFlight: 0, paths: [] };
}

async function startUpstream(route: string, body: (sku: string) => object | undefined): Promise<Upstream & AsyncDisposable> {
  let behaviour: Behaviour = {};
  let stats = freshStats();
  let held: (() => void)[] | undefined;
  let waiters: (() => void)[] = [];
  const settle = (): void => {
    stats.inFlight--;
    if (stats.inFlight === 0) for (const wake of waiters.splice(0)) wake();
  };

  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    const index = stats.requests++;
    stats.paths.push(request.url ?? '');
    stats.inFlight++;
    stats.peakInFlight = Math.max(stats.peakInFlight, stats.inFlight);
    const { delayMs = 0, fail, failStatus = 500 } = behaviour;
    const delay = typeof delayMs === 'function' ? delayMs(index) : delayMs;
    const answer = (): void => {
      response.removeListener('close', onClose);
      const match = new RegExp(`^/${route}/([^/?]+)$`).exec(request.url ?? '');
      const found = match?.[1] === undefined ? undefined : body(decodeURIComponent(match[1]));
      let status = 200;
      let payload: object = found ?? { error: 'not_found' };
      if (failsAt(fail, index)) [status, payload] = [failStatus, { error: 'failed on purpose' }];
      else if (!found) status = 404;
      if (status === 200) stats.answered++;
      else if (status === failStatus) stats.failed++;
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      settle();
    };
    const timer = setTimeout(() => {
      if (held) held.push(answer);
      else answer();
    }, delay);
    // The caller hung up first (an aborted fetch): stop the timer, count it.
    const onClose = (): void => {
      clearTimeout(timer);
      if (held?.includes(answer)) held.splice(held.indexOf(answer), 1);
      stats.aborted++;
      settle();
    };
    response.once('close', onClose);
  };

  const server = createServer(serve);
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (next) => (behaviour = { ...behaviour, ...next }),
    reset: () => {
      behaviour = {};
      stats = freshStats();
      held = undefined;
    },
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const answer of waiting) answer();
    },
    get stats() {
      return stats;
    },
    idle: () => (stats.inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    async [Symbol.asyncDispose]() {
      waiters = [];
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Starts both upstreams on ephemeral ports of 127.0.0.1. */
export async function startUpstreams(): Promise<Upstreams> {
  const prices = await startUpstream('prices', (sku) => (sku in PRICES ? { sku, price: PRICES[sku] } : undefined));
  const stock = await startUpstream('stock', (sku) => (sku in STOCK ? { sku, available: STOCK[sku] } : undefined));
  return {
    prices,
    stock,
    async [Symbol.asyncDispose]() {
      await Promise.all([prices[Symbol.asyncDispose](), stock[Symbol.asyncDispose]()]);
    },
  };
}
