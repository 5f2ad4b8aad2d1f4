// The fault and load run (issue 28's last step): starts the database (behind a proxy that makes it
// slow for a while), the two upstreams (prices late for some calls, stock failing a share), then
// the service tree as a child process with the contract's env; opens one connection that never
// finishes its request; sends the plan's requests from `concurrency` lanes at once; delivers SIGTERM
// once every request sent so far reached the service, while the slow ones are still in flight;
// keeps sending (those meet a draining or stopped service); waits for the exit. What it saw is
// judged by src/capstone/load-verdict.ts and drawn by src/capstone/load-record.ts.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { PRODUCTS, startDatabase, type Database } from '../database/database.ts';
import { startUpstreams } from '../upstreams/upstreams.ts';
import { DEFAULT_SETTINGS, STOCK_FAIL_SHARE, loadPlan, pricesDelayMs, serviceEnv, type LoadSettings, type PlannedRequest } from '../../src/capstone/load-plan.ts';
import { acceptedRequests, type LoadObservation, type RequestObservation, type UpstreamObservation } from '../../src/capstone/load-observations.ts';
import { loadVerdict, type CriterionResult } from '../../src/capstone/load-verdict.ts';
import { loadRecord, type LoadRecord } from '../../src/capstone/load-record.ts';
import { get, stalledClient } from './client.ts';
import { startServiceChild } from './service-child.ts';
import { startSlowDatabase } from './slow-database.ts';

export interface LoadRunOptions {
  /** The service tree: the folder holding its `main.ts`. */
  tree: string;
  settings?: LoadSettings;
  /**
   * A database already started, for a run that shares one with others (the tests: starting PGlite
   * takes seconds). Without it the run starts its own and stops it after.
   */
  database?: Database;
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
const KILL_AFTER_MS = 2000;
/** Requests sent one at a time before the run, not judged: the service's first connections and compiled code are ready when the clock starts. */
const WARM_UP = 3;

export async function runLoad(options: LoadRunOptions): Promise<LoadRunResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const skus = Object.keys(PRODUCTS);
  const plan = loadPlan(settings, skus);
  await using owned = options.database === undefined ? await startDatabase() : undefined;
  const database = options.database ?? owned;
  if (database === undefined) throw new Error('unreachable: a database is given or started');
  let firstRequestAt = Number.POSITIVE_INFINITY;
  const origin = performance.now();
  const now = (): number => performance.now() - origin;
  const slowNow = (): boolean => now() - firstRequestAt >= settings.dbSlowFromMs && now() - firstRequestAt < settings.dbSlowToMs;
  await using slowDatabase = await startSlowDatabase(database.url, settings.dbSlowMs, slowNow);
  await using upstreams = await startUpstreams();
  upstreams.prices.set({ delayMs: (index) => pricesDelayMs(settings, index) });
  upstreams.stock.set({ fail: STOCK_FAIL_SHARE, failStatus: 503 });

  const service = await startServiceChild(options.tree, serviceEnv(settings, { databaseUrl: slowDatabase.url, pricesUrl: upstreams.prices.url, stockUrl: upstreams.stock.url }), now);
  for (let i = 0; i < WARM_UP; i++) await get(`${service.url}/quotes/${encodeURIComponent(skus[i % skus.length] ?? '')}`, settings.clientTimeoutMs);
  upstreams.prices.reset();
  upstreams.stock.reset();
  upstreams.prices.set({ delayMs: (index) => pricesDelayMs(settings, index) });
  upstreams.stock.set({ fail: STOCK_FAIL_SHARE, failStatus: 503 });

  const stalled = stalledClient(service.url, now);
  const requests: RequestObservation[] = [];
  const sent = new Set<number>();
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
  await service.waitFor((lines) => [...sent].every((n) => acceptedRequests(lines).has(n)), LOGGED_WAIT_MS);
  const sigtermAt = now();
  service.sigterm();
  sendSigterm();
  await Promise.all(lanes);
  const exit = await service.exit(Math.max(0, sigtermAt + settings.shutdownMs + settings.marginMs + KILL_AFTER_MS - now()));
  // When the stalled client's connection closed: well before the exit when the service closed it, or with the process.
  const stalledClosedAt = await Promise.race([stalled.closedAt, sleep(500).then(() => undefined)]);
  stalled.stop();

  const shift = (t: number): number => t - firstRequestAt;
  const upstreamObservation = (name: UpstreamObservation['name']): UpstreamObservation => {
    const { requests: calls, peakInFlight, aborted } = upstreams[name].stats;
    return { name, calls, peakInFlight, aborted };
  };
  const observation: LoadObservation = {
    settings,
    requests: requests.toSorted((a, b) => a.n - b.n).map((r) => ({ ...r, start: shift(r.start), end: shift(r.end) })),
    service: {
      sigtermAt: shift(sigtermAt),
      exitAt: exit === undefined ? undefined : shift(exit.at),
      exitCode: exit?.code ?? null,
      signal: exit?.signal ?? null,
      stdout: service.stdout.map((line) => ({ ...line, at: shift(line.at) })),
      stderr: service.stderr(),
      stalledClosedAt: stalledClosedAt === undefined ? undefined : shift(stalledClosedAt),
    },
    upstreams: [upstreamObservation('prices'), upstreamObservation('stock')],
  };
  const verdict = loadVerdict(observation);
  const where = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.availableParallelism(), date: new Date().toISOString().slice(0, 10) };
  return { observation, verdict, passed: verdict.every((c) => c.passed), record: loadRecord(observation, verdict, where) };
}
