// What the fault and load run saw (the data its verdict and its timeline are computed from). All
// times are milliseconds from the run's origin, the moment its first request was sent.
import type { LoadSettings } from './load-plan.ts';

/** How a request ended, as the client saw it. */
export type RequestEnd =
  /** A whole HTTP answer. */
  | { kind: 'answer'; status: number; body: string; retryAfter: string | undefined }
  /** The connection was refused: nothing listened on the port any more. */
  | { kind: 'refused' }
  /** The connection was made, then closed or reset before a whole answer came (`code` says how). */
  | { kind: 'closed'; code: string }
  /** No answer within the client's own timeout: the request was left hanging. */
  | { kind: 'timeout' };

export interface RequestObservation {
  n: number;
  sku: string;
  phase: 'before' | 'after';
  /** Which of the client's concurrent lanes sent it (0-based). */
  lane: number;
  start: number;
  end: number;
  outcome: RequestEnd;
}

/** One line the service wrote to stdout, with when the run read it. */
export interface LogLine {
  at: number;
  text: string;
  /** The line parsed, when it is a JSON object (pino's lines are). */
  json: Record<string, unknown> | undefined;
}

export interface ServiceObservation {
  /** When the run delivered SIGTERM. */
  sigtermAt: number;
  /** When the process exited; undefined when the run had to kill it. */
  exitAt: number | undefined;
  exitCode: number | null;
  signal: string | null;
  stdout: LogLine[];
  stderr: string;
  /** When the connection of the client that never finished its request closed (undefined: still open after the exit). */
  stalledClosedAt: number | undefined;
}

/** What one upstream saw of the service's calls. */
export interface UpstreamObservation {
  name: 'prices' | 'stock';
  calls: number;
  /** The most calls it was answering at one moment. */
  peakInFlight: number;
  /** Calls the service gave up on (the connection closed before the answer). */
  aborted: number;
}

export interface LoadObservation {
  settings: LoadSettings;
  requests: RequestObservation[];
  service: ServiceObservation;
  upstreams: UpstreamObservation[];
}

/** `line` parsed as a JSON object, or undefined (pino writes one object a line; anything else is not a log line). */
export function parseLogLine(at: number, text: string): LogLine {
  try {
    const value: unknown = JSON.parse(text);
    return { at, text, json: value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined };
  } catch {
    return { at, text, json: undefined };
  }
}

const PLAN_NUMBER = /[?&]n=(\d+)(?:&|$)/;

/**
 * The run's requests the service accepted, by number, with the `reqId` it gave each: read from the
 * lines Fastify logs for a request it received (`req.url` holds the `?n=` the run sent).
 */
export function acceptedRequests(stdout: readonly LogLine[]): Map<number, string> {
  const accepted = new Map<number, string>();
  for (const line of stdout) {
    const n = line.json === undefined ? undefined : requestNumber(line.json);
    const reqId = line.json?.['reqId'];
    if (n !== undefined && !accepted.has(n)) accepted.set(n, typeof reqId === 'string' ? reqId : '');
  }
  return accepted;
}

/** The run's number of the request a log line's `req.url` names (`/quotes/mug?n=12` → 12), if it names one. */
export function requestNumber(json: Record<string, unknown>): number | undefined {
  const req = json['req'];
  const url = req !== null && typeof req === 'object' ? (req as Record<string, unknown>)['url'] : undefined;
  const n = typeof url === 'string' ? PLAN_NUMBER.exec(url)?.[1] : undefined;
  return n === undefined ? undefined : Number(n);
}

/** A short label of how a request ended: `200`, `503 database_busy`, `refused`, `closed (ECONNRESET)`, `timeout`. */
export function outcomeLabel(outcome: RequestEnd): string {
  switch (outcome.kind) {
    case 'answer': {
      const code = errorCode(outcome.body);
      return code === undefined ? String(outcome.status) : `${outcome.status} ${code}`;
    }
    case 'refused':
      return 'refused';
    case 'closed':
      return `closed (${outcome.code})`;
    case 'timeout':
      return 'timeout';
  }
}

function errorCode(body: string): string | undefined {
  try {
    const value: unknown = JSON.parse(body);
    const code = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['error'] : undefined;
    return typeof code === 'string' ? code.replaceAll(' ', '_') : undefined;
  } catch {
    return undefined;
  }
}
