// The fault and load run's verdict (pure): each criterion of issue 28's last step, judged on what the
// run saw, with counts and a few examples in plain words when it is broken.
//
// "Accepted" is defined precisely here, because SIGTERM arrives mid-run:
// - A request sent BEFORE the run delivered SIGTERM must get a whole answer. The run delivers SIGTERM
//   only once the service has logged every request sent so far (or after a bounded wait), so none of
//   them can be lost in the kernel's accept queue.
// - A request sent AFTER SIGTERM may find the door shut: a refused connection, or a connection closed
//   with no answer, counts as "turned away" when the service never logged receiving it. Once the
//   service logged it (Fastify's request log names the `?n=` the run sent), it was accepted and must
//   be answered like any other.
// - A request the client gave up on (its own timeout, far above the deadline) was left hanging.
import { acceptedRequests, outcomeLabel, type LoadObservation, type LogLine, type RequestObservation } from './load-observations.ts';

export type CriterionId = 'answered' | 'answer-shape' | 'in-time' | 'no-unhandled-rejection' | 'request-ids' | 'shutdown' | 'limiter' | 'request-log';

export interface CriterionResult {
  id: CriterionId;
  /** What it demands, as a sentence. */
  title: string;
  passed: boolean;
  /** How many things broke it, of how many it judged (0 of 0 for a single fact, e.g. the shutdown). */
  broken: number;
  total: number;
  /** Up to {@link EXAMPLES} of them, each in plain words. */
  examples: string[];
}

const EXAMPLES = 3;

/** Peak calls in flight at an upstream may exceed the limiter's bound by this many: a call the service aborted is counted until its connection's close reaches the upstream, a few milliseconds after the limiter freed its slot. */
export const LIMITER_SLACK = 2;

export function loadVerdict(run: LoadObservation): CriterionResult[] {
  const { settings, requests, service } = run;
  const accepted = acceptedRequests(service.stdout);
  const limit = settings.deadlineMs + settings.marginMs;
  const shutdownLimit = settings.shutdownMs + settings.marginMs;
  const planned = new Set(requests.map((r) => r.sku));

  const unanswered = requests.filter((r) => !answeredOrTurnedAway(r, accepted));
  const answers = requests.filter((r) => r.outcome.kind === 'answer');
  const misshapen = answers.flatMap((r) => {
    const fault = shapeFault(r);
    return fault === undefined ? [] : [`#${r.n} ${r.sku}: ${fault}`];
  });
  const late = requests.filter((r) => r.outcome.kind !== 'refused' && r.end - r.start > limit);
  const unhandled = [...service.stdout.map((line) => line.text), ...service.stderr.split('\n')].filter((line) => UNHANDLED.test(line));
  const serving = service.stdout.filter((line) => servesARequest(line, planned, service.sigtermAt));
  const anonymous = serving.filter((line) => line.json?.['reqId'] === undefined);
  const shutdown = shutdownFaults(run, shutdownLimit);
  const crowded = run.upstreams.filter((u) => u.peakInFlight > settings.upstreamConcurrency + LIMITER_SLACK);
  const sentBefore = requests.filter((r) => r.phase === 'before');

  return [
    result('request-log', "the service logs each request it receives (Fastify's request log, with `req.url`), so the run knows which it accepted", sentBefore.length > 0 && accepted.size === 0 ? ['no line of its log has a `req.url` with the run\'s `?n=`: keep Fastify\'s request logging on'] : [], 0),
    result(
      'answered',
      'every accepted request got an answer: none dropped (connection closed without one), none left hanging, none refused before SIGTERM',
      unanswered.map((r) => `#${r.n} ${r.sku} (sent ${r.phase} SIGTERM${accepted.has(r.n) ? ', logged by the service' : ''}): ${unansweredWords(r)}`),
      requests.length,
    ),
    result('answer-shape', 'every answer is a 200 quote, or a 503/504 with a JSON `{error, message}` (a 503 with `Retry-After`)', misshapen, answers.length),
    result(
      'in-time',
      `every request ended within DEADLINE_MS + ${settings.marginMs} ms margin (${limit} ms)`,
      late.map((r) => `#${r.n} ${r.sku}: ${outcomeLabel(r.outcome)} after ${Math.round(r.end - r.start)} ms`),
      requests.length,
    ),
    result('no-unhandled-rejection', 'no unhandled rejection or uncaught exception in the service\'s stderr or log', unhandled.map((line) => quote(line)), service.stdout.length + 1),
    result('request-ids', 'every log line written while serving a request carries its `reqId`', anonymous.map((line) => quote(line.text)), serving.length),
    result(`shutdown`, `on SIGTERM the service finished, logged "closed" (pool closed) and exited 0 within SHUTDOWN_MS + ${settings.marginMs} ms margin (${shutdownLimit} ms)`, shutdown, 0),
    result(
      'limiter',
      `no upstream had more than UPSTREAM_CONCURRENCY (${settings.upstreamConcurrency}) calls from the service in flight at once (+${LIMITER_SLACK} for aborted calls still closing)`,
      crowded.map((u) => `the ${u.name} upstream had ${u.peakInFlight} calls in flight at once`),
      run.upstreams.length,
    ),
  ];
}

function result(id: CriterionId, title: string, broken: string[], total: number): CriterionResult {
  return { id, title, passed: broken.length === 0, broken: broken.length, total: total === 0 ? 0 : Math.max(total, broken.length), examples: total === 0 ? broken : broken.slice(0, EXAMPLES) };
}

function answeredOrTurnedAway(r: RequestObservation, accepted: ReadonlyMap<number, string>): boolean {
  switch (r.outcome.kind) {
    case 'answer':
      return true;
    case 'timeout':
      return false;
    case 'refused':
    case 'closed':
      return r.phase === 'after' && !accepted.has(r.n);
  }
}

function unansweredWords(r: RequestObservation): string {
  switch (r.outcome.kind) {
    case 'timeout':
      return `no answer after ${Math.round(r.end - r.start)} ms (left hanging)`;
    case 'refused':
      return 'connection refused while the service should still accept';
    case 'closed':
      return `connection closed without an answer (${r.outcome.code}): dropped`;
    case 'answer':
      return 'answered';
  }
}

/** What is wrong with an answer, or undefined when it is a 200 quote or a 503/504 JSON error. */
function shapeFault(r: RequestObservation): string | undefined {
  if (r.outcome.kind !== 'answer') return undefined;
  const { status, body, retryAfter } = r.outcome;
  const json = jsonObject(body);
  if (status === 200) {
    const ok = json !== undefined && json['sku'] === r.sku && typeof json['name'] === 'string' && typeof json['price'] === 'number' && typeof json['available'] === 'boolean';
    return ok ? undefined : `200 whose body is not a quote {sku, name, price, available}: ${quote(body)}`;
  }
  if (status !== 503 && status !== 504) return `${status} ${quote(body)}`;
  if (json === undefined || typeof json['error'] !== 'string' || typeof json['message'] !== 'string') return `${status} whose body is not JSON {error, message}: ${quote(body)}`;
  if (status === 503 && retryAfter === undefined) return `503 ${json['error']} without a Retry-After header`;
  return undefined;
}

function shutdownFaults(run: LoadObservation, limit: number): string[] {
  const { service } = run;
  const faults: string[] = [];
  if (service.exitAt === undefined) faults.push(`it had not exited ${limit} ms after SIGTERM and was killed`);
  else if (service.exitAt - service.sigtermAt > limit) faults.push(`it exited ${Math.round(service.exitAt - service.sigtermAt)} ms after SIGTERM`);
  if (service.exitAt !== undefined && service.exitCode !== 0) faults.push(service.signal === null ? `it exited with code ${service.exitCode}` : `it was ended by ${service.signal} (no handler)`);
  if (!service.stdout.some((line) => line.json?.['msg'] === 'closed' && line.at >= service.sigtermAt)) faults.push('it never logged "closed" after SIGTERM');
  // Still open when the process ended, or when the run gave up on it and killed it.
  const end = service.exitAt ?? service.sigtermAt + limit;
  const stalledUntilExit = service.stalledClosedAt === undefined || service.stalledClosedAt >= end - STALLED_EPSILON_MS;
  const lateOrKilled = service.exitAt === undefined || service.exitAt - service.sigtermAt > limit;
  if (lateOrKilled && stalledUntilExit) {
    faults.push('a client that never finished its request was still connected until the process ended: the server waited for it (a request timeout, or closing what is left when the shutdown deadline comes, frees it)');
  }
  return faults;
}

/** How far the service's clock (pino's `time`, whole ms) and the run's may disagree about a line near SIGTERM. */
const CLOCKS_MS = 5;

/** A connection that closed this little before the exit closed with the process. */
const STALLED_EPSILON_MS = 20;

const UNHANDLED = /unhandled ?(promise ?)?rejection|uncaught ?exception|ERR_UNHANDLED_REJECTION/i;

/**
 * A line logged while serving one of the run's requests: any line between the first request and
 * SIGTERM (the service has nothing else to say then), and after SIGTERM a line that names
 * `/quotes/` or has a `sku` the run asked for.
 */
function servesARequest(line: LogLine, planned: ReadonlySet<string>, sigtermAt: number): boolean {
  if (line.json === undefined || line.at < 0) return false;
  if (line.at < sigtermAt - CLOCKS_MS) return true;
  return line.text.includes('/quotes/') || planned.has(String(line.json['sku']));
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function quote(text: string): string {
  const line = text.trim();
  return `"${line.length > 140 ? `${line.slice(0, 140)}…` : line}"`;
}

/** The verdict as lines a learner reads: ✓ or ✗ per criterion, the broken ones with counts and examples. */
export function verdictLines(verdict: readonly CriterionResult[]): string[] {
  return verdict.flatMap((c) =>
    c.passed ? [`✓ ${c.title}`] : [c.total === 0 ? `✗ ${c.title}:` : `✗ ${c.title}: broken by ${c.broken} of ${c.total}`, ...c.examples.map((example) => `    ${c.total === 0 ? '' : 'e.g. '}${example}`)],
  );
}
