// The service's settings, read once from the environment at start; a wrong value stops the start
// with a message naming the variable.

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  pricesUrl: string;
  stockUrl: string;
  /** Each request's deadline, from its arrival. */
  deadlineMs: number;
  /** How long SIGTERM waits for the requests in flight. */
  shutdownMs: number;
  /** The most database connections open at once. */
  poolMax: number;
  /** How long a request waits for a free connection before it is answered 503 database_busy. */
  poolConnectTimeoutMs: number;
  /** The most calls in flight to each upstream. */
  upstreamConcurrency: number;
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string, fallback?: string): string {
  const value = env[name] ?? fallback;
  if (!value) throw new Error(`${name} is not set: the checker sets it; to start the service by hand, set it yourself`);
  return value;
}

function whole(env: Env, name: string, fallback: number, min = 0): number {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name}=${env[name]} is not a whole number of at least ${min}`);
  return value;
}

export function readConfig(env: Env = process.env): Config {
  return {
    port: whole(env, 'PORT', 0),
    host: text(env, 'HOST', '127.0.0.1'),
    databaseUrl: text(env, 'DATABASE_URL'),
    pricesUrl: text(env, 'PRICES_URL'),
    stockUrl: text(env, 'STOCK_URL'),
    deadlineMs: whole(env, 'DEADLINE_MS', 1000, 1),
    shutdownMs: whole(env, 'SHUTDOWN_MS', 5000, 1),
    poolMax: whole(env, 'POOL_MAX', 5, 1),
    poolConnectTimeoutMs: whole(env, 'POOL_CONNECT_TIMEOUT_MS', 200, 1),
    upstreamConcurrency: whole(env, 'UPSTREAM_CONCURRENCY', 10, 1),
  };
}
