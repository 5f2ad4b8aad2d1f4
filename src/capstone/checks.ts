// What a capstone step's check.ts is made of: named checks, each run against the learner's service
// started afresh (with the environment variables the check names) against the checker's database
// and upstreams. A check fails by throwing; its message is what the learner reads, in plain words.
// No real-time assertions: counts, orders, status codes, what the upstreams saw.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Database } from '../../capstone/database/database.ts';
import type { Upstreams } from '../../capstone/upstreams/upstreams.ts';
import type { LogLine } from './logs.ts';
import type { ServiceProcess } from './service-process.ts';

/** What a check is given. */
export interface StepContext {
  /** The learner's service, started for this check; the checker stops it after. */
  service: ServiceProcess;
  database: Database;
  upstreams: Upstreams;
  /** GET `path` from the service on a connection of its own; resolves with what came back, or rejects when no answer came. */
  get: (path: string) => Promise<Answer>;
  /** The service's log lines carrying `reqId`, in order. */
  linesOf: (reqId: string) => LogLine[];
}

/** An HTTP answer, read whole. */
export interface Answer {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  text: string;
}

export interface StepCheck {
  /** What it checks, as a sentence the learner reads next to ✓ or ✗. */
  name: string;
  /** Environment variables for the service in this check (DEADLINE_MS, POOL_MAX, …). */
  env?: Record<string, string>;
  /** The heading anchor on the step's page to read when it fails (default: the README's section). */
  section?: string;
  run: (context: StepContext) => Promise<void>;
  /** How long it may take before it counts as hung (default 10 000 ms). */
  timeoutMs?: number;
}

/** A step's checks, in the order they run and are reported. */
export function defineStepChecks(checks: StepCheck[]): StepCheck[] {
  return checks;
}

/** Resolves when `condition()` holds, looking every 5 ms; rejects with `message` (computed then) after `timeoutMs`. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, message: string | (() => string), timeoutMs = 5_000): Promise<void> {
  const endsAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() >= endsAt) throw new Error(typeof message === 'string' ? message : message());
    await sleep(5);
  }
}

/** `promise`'s value, or a rejection saying `what` did not come within `timeoutMs`. */
export async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  const { promise: late, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => reject(new Error(`${what} did not come within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A short description of an answer for a message: `503 {"error":"…"}`. */
export function showAnswer(answer: Answer): string {
  const body = answer.text.length > 140 ? `${answer.text.slice(0, 139)}…` : answer.text;
  return `${answer.status} ${body}`;
}

/**
 * Holds an ACCESS EXCLUSIVE lock on `table` from a connection of the checker's until the returned
 * function is called: the service's statements on it wait. On a real PostgreSQL they wait on the
 * server (where a cancel reaches them); PGlite's socket server holds them before they reach its one
 * backend while another connection's transaction is open.
 */
export async function lockTable(database: Database, table: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    try {
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  };
}

/** How many statements wait for a lock on the server now (a real PostgreSQL; PGlite has no such waits). */
export async function waitingForLocks(database: Database): Promise<number> {
  const [row] = await database.query<{ waiting: number }>("SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
  return row?.waiting ?? 0;
}
