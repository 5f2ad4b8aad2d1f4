// The fault and load run (issue 28's last step), against a service already started with the run's
// env (`serviceEnv`): sets the upstreams' faults (prices late for some calls, stock failing a share),
// opens one connection that never finishes its request, sends the plan's requests from
// `concurrency` lanes at once, stalls the database for a while (the pool runs out), delivers SIGTERM
// once every request sent so far reached the service while the slow ones are still in flight, keeps
// sending (those meet a draining or stopped service), and waits for the exit. What it saw is judged
// by src/capstone/load-verdict.ts and drawn by src/capstone/load-record.ts.
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PRODUCTS } from '../database/database.ts';
import type { Upstreams } from '../upstreams/upstreams.ts';
import { startEnvironment, type Environment } from '../../src/capstone/environment.ts';
import type { LogLine as ServiceLogLine } from '../../src/capstone/logs.ts';
import type { ServiceProcess } from '../../src/capstone/service-process.ts';
import { DEFAULT_SETTINGS, STOCK_FAIL_SHARE, loadPlan, pricesDelayMs, serviceEnv, type LoadSettings, type PlannedRequest } from '../../src/capstone/load-plan.ts';
import { acceptedRequests, requestNumber, type LoadObservation, type LogLine, type RequestObservation, type UpstreamObservation } from '../../src/capstone/load-observations.ts';
import { loadVerdict, verdictLines, type CriterionResult } from '../../src/capstone/load-verdict.ts';
import { laneText, loadRecord, loadTimelineGroups, timelineText, type LoadRecord } from '../../src/capstone/load-record.ts';
import { get, stalledClient } from './client.ts';
import { startDatabaseProxy, type DatabaseProxy } from './database-proxy.ts';

/** What the run works on: a service started with `serviceEnv(settings)` and DATABASE_URL the proxy's, and the upstreams it uses (a step check's context has them). */
export interface LoadTarget {
  service: ServiceProcess;
  database: DatabaseProxy;
  upstreams: Upstreams;
}

export interface LoadRunResult {
  observation: LoadObservation;
  verdict: CriterionResult[];
  passed: boolean;
  record: LoadRecord;
}

/** How long the run waits for the service to log the requests sent before SIGTERM. */
const LOGGED_WAIT_MS = 2000;
/** How long after SIGTERM + SHUTDOWN_MS + margin the run waits for the exit before it kills the service. */
const KILL_AFTER_MS = 1000;
/** Rounds of requests sent before the run, not judged: the service's first connections and compiled code are ready when the clock starts. */
const WARM_UP = 3;

/** Starts the database and upstreams (or uses `environment`), the tree in `tree` with the run's env, and runs. */
export async function runLoad(tree: string, options: { settings?: LoadSettings; environment?: Environment } = {}): Promise<LoadRunResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  await using owned = options.environment === undefined ? await startEnvironment() : undefined;
  const environment = options.environment ?? owned;
  if (environment === undefined) throw new Error('unreachable: an environment is given or started');
  await environment.reset();
  await using database = await startDatabaseProxy(environment.database.url);
  await using service = await environment.startService(path.resolve(tree), { ...serviceEnv(settings), DATABASE_URL: database.urlFor(environment.database.url) });
  // Awaited here: the service and the environment are disposed when this scope ends.
  return await driveLoad({ service, database, upstreams: environment.upstreams }, settings);
}

export async function driveLoad(target: LoadTarget, settings: LoadSettings = DEFAULT_SETTINGS): Promise<LoadRunResult> {
  const { service, database } = target;
  const { prices, stock } = target.upstreams;
  const skus = Object.keys(PRODUCTS);
  const plan = loadPlan(settings, skus);
  const origin = performance.now();
  const wallOrigin = Date.now();
  const now = (): number => performance.now() - origin;
  let exitAt: number | undefined;
  void service.exited.then(() => (exitAt = now()));
  // The service's lines, each placed on the run's clock by pino's own `time` (ms since the epoch).
  const logLines = (): LogLine[] => service.lines.map((line) => toLogLine(line, wallOrigin));

  // POOL_MAX at once, so the pool's connections are open before the clock starts (opening one on a busy machine can take longer than POOL_CONNECT_TIMEOUT_MS).
  for (let i = 0; i < WARM_UP; i++) {
    await Promise.all(Array.from({ length: settings.poolMax }, (_, j) => get(`${service.url}/quotes/${encodeURIComponent(skus[(i + j) % skus.length] ?? '')}`, settings.clientTimeoutMs)));
  }
  prices.reset();
  stock.reset();
  prices.set({ delayMs: (index) => pricesDelayMs(settings, index) });
  stock.set({ fail: STOCK_FAIL_SHARE, failStatus: 503 });
  const stalled = stalledClient(service.url, now);

  const requests: RequestObservation[] = [];
  const sent = new Set<number>();
  let firstRequestAt = Number.POSITIVE_INFINITY;
  let next = 0;
  const { promise: sigtermSent, resolve: sendSigterm } = Promise.withResolvers<void>();
  const { promise: beforeAllSent, resolve: allBeforeSent } = Promise.withResolvers<void>();
  const lane = async (index: number): Promise<void> => {
    for (;;) {
      const planned: PlannedRequest | undefined = plan[next];
      if (planned === undefined) return;
      if (planned.phase === 'after') {
        allBeforeSent();
        await sigtermSent;
        if (plan[next] !== planned) continue;
      }
      next++;
      sent.add(planned.n);
      if (planned.n === settings.dbSlowAtRequest) database.slowFor(settings.dbSlowForMs, settings.dbSlowMs);
      const start = now();
      firstRequestAt = Math.min(firstRequestAt, start);
      const outcome = await get(`${service.url}/quotes/${encodeURIComponent(planned.sku)}?n=${planned.n}`, settings.clientTimeoutMs);
      requests.push({ ...planned, lane: index, start, end: now(), outcome });
    }
  };
  const lanes = Array.from({ length: settings.concurrency }, (_, index) => lane(index));

  await Promise.race([beforeAllSent, Promise.all(lanes)]);
  // SIGTERM only once the service has received every request sent so far (none is then still in the
  // kernel's accept queue, where closing the listener would lose it through no fault of the service).
  const unlogged = new Set(sent);
  for (const n of acceptedRequests(logLines()).keys()) unlogged.delete(n);
  const logged = (line: ServiceLogLine): boolean => {
    const n = requestNumber(line);
    if (n !== undefined) unlogged.delete(n);
    return unlogged.size === 0;
  };
  if (unlogged.size > 0) await service.waitForLine(logged, 'every request sent so far', { from: service.lines.length, timeoutMs: LOGGED_WAIT_MS }).catch(() => undefined);
  const sigtermAt = now();
  service.kill('SIGTERM');
  sendSigterm();
  await Promise.all(lanes);
  const killer = setTimeout(() => service.kill('SIGKILL'), Math.max(0, sigtermAt + settings.shutdownMs + settings.marginMs + KILL_AFTER_MS - now()));
  const exit = await service.exited;
  clearTimeout(killer);
  // When the stalled client's connection closed: before the exit when the service closed it, or with the process.
  const stalledClosedAt = await Promise.race([stalled.closedAt, sleep(500).then(() => undefined)]);
  stalled.stop();

  const shift = (t: number): number => t - firstRequestAt;
  const upstreamObservation = (name: UpstreamObservation['name']): UpstreamObservation => {
    const { requests: calls, peakInFlight, aborted } = target.upstreams[name].stats;
    return { name, calls, peakInFlight, aborted };
  };
  const observation: LoadObservation = {
    settings,
    requests: requests.toSorted((a, b) => a.n - b.n).map((r) => ({ ...r, start: shift(r.start), end: shift(r.end) })),
    service: {
      sigtermAt: shift(sigtermAt),
      exitAt: exit.signal === 'SIGKILL' || exitAt === undefined ? undefined : shift(exitAt),
      exitCode: exit.code,
      signal: exit.signal,
      stdout: logLines().map((line) => ({ ...line, at: shift(line.at) })),
      stderr: service.stderr,
      stalledClosedAt: stalledClosedAt === undefined ? undefined : shift(stalledClosedAt),
    },
    upstreams: [upstreamObservation('prices'), upstreamObservation('stock')],
  };
  const verdict = loadVerdict(observation);
  const where = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.availableParallelism(), date: new Date().toISOString().slice(0, 10) };
  return { observation, verdict, passed: verdict.every((c) => c.passed), record: loadRecord(observation, verdict, where) };
}

/** A line of the service's log as the verdict reads it, at the time pino stamped it (on the run's clock). */
function toLogLine(line: ServiceLogLine, wallOrigin: number): LogLine {
  const time = typeof line['time'] === 'number' ? line['time'] - wallOrigin : Number.NaN;
  if (typeof line['text'] === 'string' && Object.keys(line).length === 1) return { at: time, text: line['text'], json: undefined };
  return { at: time, text: JSON.stringify(line), json: line };
}

/** What the run prints: how the requests ended (counts), every lane, the picture the page draws (as text), the verdict. */
export function reportLines(result: LoadRunResult): string[] {
  const { record } = result;
  const counts = new Map<string, number>();
  for (const r of record.requests) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const before = record.requests.filter((r) => r.phase === 'before').length;
  return [
    `${record.requests.length} requests, ${record.settings['concurrency']} at a time, ${before} before SIGTERM and ${record.requests.length - before} after: ${[...counts].map(([outcome, count]) => `${count} × ${outcome}`).join(', ')}`,
    '',
    ...laneText(record),
    '',
    ...timelineText(loadTimelineGroups(record), record.service.sigtermAt),
    '',
    ...verdictLines(result.verdict),
  ];
}
