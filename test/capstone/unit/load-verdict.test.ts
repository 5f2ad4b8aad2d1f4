// The load run's verdict (src/capstone/load-verdict.ts) on hand-made observations: each criterion
// passes on a well-behaved run and names what broke, with counts and examples, on a run that breaks it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadPlan } from '../../../src/capstone/load-plan.ts';
import { parseLogLine, type LoadObservation, type RequestEnd, type RequestObservation } from '../../../src/capstone/load-observations.ts';
import { loadVerdict, verdictLines, type CriterionId } from '../../../src/capstone/load-verdict.ts';

const settings = { ...DEFAULT_SETTINGS, requests: 6, beforeSigterm: 4, concurrency: 2 };
const quote = (sku: string): RequestEnd => ({ kind: 'answer', status: 200, body: JSON.stringify({ sku, name: 'Mug', price: 9.25, available: true }), retryAfter: undefined });
const busy: RequestEnd = { kind: 'answer', status: 503, body: '{"error":"database_busy","message":"no connection"}', retryAfter: '1' };

/** A run where everything went right: four requests answered before SIGTERM at 500 ms, two refused after, a clean exit. */
function goodRun(): LoadObservation {
  const requests: RequestObservation[] = loadPlan(settings, ['mug']).map((planned) => ({
    ...planned,
    lane: planned.n % 2,
    start: planned.n * 100,
    end: planned.n * 100 + 50,
    outcome: planned.phase === 'after' ? { kind: 'refused' } : planned.n === 1 ? busy : quote('mug'),
  }));
  const log = (at: number, fields: object): ReturnType<typeof parseLogLine> => parseLogLine(at, JSON.stringify(fields));
  return {
    settings,
    requests,
    service: {
      sigtermAt: 500,
      exitAt: 900,
      exitCode: 0,
      signal: null,
      stdout: [
        log(-100, { msg: 'listening', url: 'http://127.0.0.1:1' }),
        ...requests.filter((r) => r.phase === 'before').flatMap((r) => [log(r.start + 1, { reqId: `req-${r.n}`, req: { url: `/quotes/mug?n=${r.n}` }, msg: 'incoming request' }), log(r.start + 2, { reqId: `req-${r.n}`, sku: 'mug', msg: 'quoted' })]),
        log(880, { msg: 'closed' }),
      ],
      stderr: '',
      stalledClosedAt: 600,
    },
    upstreams: [
      { name: 'prices', calls: 4, peakInFlight: 2, aborted: 0 },
      { name: 'stock', calls: 4, peakInFlight: 2, aborted: 0 },
    ],
  };
}

function broken(run: LoadObservation): Partial<Record<CriterionId, string[]>> {
  return Object.fromEntries(loadVerdict(run).filter((c) => !c.passed).map((c) => [c.id, c.examples]));
}

function withOutcome(run: LoadObservation, n: number, outcome: RequestEnd, end?: number): LoadObservation {
  run.requests = run.requests.map((r) => (r.n === n ? { ...r, outcome, end: end ?? r.end } : r));
  return run;
}

describe('the load run verdict', () => {
  it('passes a run where every request was answered in time and the service shut down cleanly', () => {
    expect(broken(goodRun())).toEqual({});
    expect(verdictLines(loadVerdict(goodRun())).every((line) => line.startsWith('✓ '))).toBe(true);
  });

  it('names a dropped request, a hanging one and one refused before SIGTERM; a refusal after SIGTERM is a door shut', () => {
    let run = withOutcome(goodRun(), 0, { kind: 'closed', code: 'ECONNRESET' });
    run = withOutcome(run, 2, { kind: 'timeout' }, 10_200);
    run = withOutcome(run, 3, { kind: 'refused' });
    expect(broken(run)['answered']).toEqual([
      '#0 mug (sent before SIGTERM, logged by the service): connection closed without an answer (ECONNRESET): dropped',
      '#2 mug (sent before SIGTERM, logged by the service): no answer after 10000 ms (left hanging)',
      '#3 mug (sent before SIGTERM, logged by the service): connection refused while the service should still accept',
    ]);
    const line = verdictLines(loadVerdict(run)).find((l) => l.startsWith('✗ every accepted request'));
    expect(line).toBe('✗ every accepted request got an answer: none dropped (connection closed without one), none left hanging, none refused before SIGTERM: broken by 3 of 6');
  });

  it('counts a request sent after SIGTERM that the service logged, then closed unanswered, as dropped', () => {
    const run = withOutcome(goodRun(), 5, { kind: 'closed', code: 'ECONNRESET' });
    expect(broken(run)['answered']).toBeUndefined();
    run.service.stdout.push(parseLogLine(505, JSON.stringify({ reqId: 'req-5', req: { url: '/quotes/mug?n=5' }, msg: 'incoming request' })));
    expect(broken(run)['answered']).toEqual(['#5 mug (sent after SIGTERM, logged by the service): connection closed without an answer (ECONNRESET): dropped']);
  });

  it('names an answer that is not a quote or a JSON error, and a 503 without Retry-After', () => {
    let run = withOutcome(goodRun(), 0, { kind: 'answer', status: 500, body: '{"statusCode":500,"error":"Internal Server Error","message":"boom"}', retryAfter: undefined });
    run = withOutcome(run, 1, { ...busy, retryAfter: undefined });
    run = withOutcome(run, 2, { kind: 'answer', status: 504, body: 'Gateway Timeout', retryAfter: undefined });
    expect(broken(run)['answer-shape']).toEqual([
      '#0 mug: 500 "{"statusCode":500,"error":"Internal Server Error","message":"boom"}"',
      '#1 mug: 503 database_busy without a Retry-After header',
      '#2 mug: 504 whose body is not JSON {error, message}: "Gateway Timeout"',
    ]);
  });

  it('names a request that ended later than the deadline plus the margin', () => {
    const run = withOutcome(goodRun(), 1, busy, 100 + settings.deadlineMs + settings.marginMs + 1);
    expect(broken(run)['in-time']).toEqual([`#1 mug: 503 database_busy after ${settings.deadlineMs + settings.marginMs + 1} ms`]);
    expect(broken(withOutcome(goodRun(), 1, busy, 100 + settings.deadlineMs + settings.marginMs))).toEqual({});
  });

  it('finds an unhandled rejection in stderr or in the log', () => {
    const run = goodRun();
    run.service.stderr = 'Warning: something\n[UnhandledPromiseRejection: This error originated either by throwing inside of an async function]\n';
    expect(broken(run)['no-unhandled-rejection']).toEqual(['"[UnhandledPromiseRejection: This error originated either by throwing inside of an async function]"']);
  });

  it('names a line logged while serving a request without its reqId; lines before the first request and lifecycle lines after SIGTERM need none', () => {
    const run = goodRun();
    run.service.stdout.push(parseLogLine(150, '{"level":40,"msg":"prices call failed"}'), parseLogLine(700, '{"msg":"closing pool"}'), parseLogLine(710, '{"msg":"late","sku":"mug"}'));
    expect(broken(run)['request-ids']).toEqual(['"{"level":40,"msg":"prices call failed"}"', '"{"msg":"late","sku":"mug"}"']);
  });

  it('names each way a shutdown fails, and a stalled client the server waited for', () => {
    const run = goodRun();
    run.service = { ...run.service, exitAt: 500 + settings.shutdownMs + settings.marginMs + 1, exitCode: 1, stdout: run.service.stdout.filter((l) => l.json?.['msg'] !== 'closed'), stalledClosedAt: undefined };
    expect(broken(run)['shutdown']).toEqual([
      `it exited ${settings.shutdownMs + settings.marginMs + 1} ms after SIGTERM`,
      'it exited with code 1',
      'it never logged "closed" after SIGTERM',
      'a client that never finished its request was still connected until the process ended: the server waited for it (a request timeout, or closing what is left when the shutdown deadline comes, frees it)',
    ]);
    run.service = { ...run.service, exitAt: undefined, exitCode: null, signal: 'SIGKILL' };
    expect(broken(run)['shutdown']?.[0]).toBe(`it had not exited ${settings.shutdownMs + settings.marginMs} ms after SIGTERM and was killed`);
    const killed = goodRun();
    killed.service = { ...killed.service, exitCode: null, signal: 'SIGTERM', stdout: killed.service.stdout.filter((l) => l.json?.['msg'] !== 'closed') };
    expect(broken(killed)['shutdown']).toEqual(['it was ended by SIGTERM (no handler)', 'it never logged "closed" after SIGTERM']);
  });

  it('names an upstream that had more calls in flight than the limiter allows, with the slack for closing calls', () => {
    const run = goodRun();
    run.upstreams = [
      { name: 'prices', calls: 100, peakInFlight: settings.upstreamConcurrency + 2, aborted: 10 },
      { name: 'stock', calls: 100, peakInFlight: settings.upstreamConcurrency + 3, aborted: 0 },
    ];
    expect(broken(run)['limiter']).toEqual([`the stock upstream had ${settings.upstreamConcurrency + 3} calls in flight at once`]);
  });

  it("says when the service's log has no request lines, without which no request can count as accepted", () => {
    const run = goodRun();
    run.service.stdout = run.service.stdout.filter((line) => line.json?.['req'] === undefined);
    expect(broken(run)['request-log']).toEqual(["no line of its log has a `req.url` with the run's `?n=`: keep Fastify's request logging on"]);
  });
});
