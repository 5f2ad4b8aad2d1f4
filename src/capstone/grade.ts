// Grades a service tree against a step's checks: for each check, the database and upstreams are
// reset, the tree is started afresh as a child process (service-process.ts) with the check's
// environment, the check runs with a deadline, and the service is stopped. The learner's code runs
// in its own process, so the checks run here; a promise of a check that rejects unhandled fails it.
import { pathToFileURL } from 'node:url';
import { request } from 'undici';
import type { CheckResult, GradeResult } from '../exercises/exercises.ts';
import type { Step } from './catalogue.ts';
import type { Answer, StepCheck, StepContext } from './checks.ts';
import { startEnvironment, type Environment } from './environment.ts';
import { ServiceStartError } from './service-process.ts';

/** A check's result, with the page section to read when it fails. */
export interface StepCheckResult extends CheckResult {
  section: string;
}

export type StepGradeResult = { kind: 'checked'; checks: StepCheckResult[] } | Exclude<GradeResult, { kind: 'checked' }>;

function describe(error: unknown): string {
  if (error instanceof Error && 'generatedMessage' in error && error.generatedMessage === false) return error.message.split('\n')[0] ?? error.message;
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

async function get(base: string, path: string): Promise<Answer> {
  // A connection of its own (no keep-alive pool shared between checks or with a stopped service).
  const response = await request(`${base}${path}`, { reset: true, headersTimeout: 30_000 });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return { status: response.statusCode, headers, json, text };
}

async function runCheck(check: StepCheck, tree: string, environment: Environment, section: string): Promise<StepCheckResult> {
  await environment.reset();
  const service = await environment.startService(tree, check.env);
  const unhandled: string[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(`a promise of the check rejected and nothing handled it: ${describe(reason)}`);
  };
  process.on('unhandledRejection', onUnhandled);
  const timeoutMs = check.timeoutMs ?? 10_000;
  const { promise: hung, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s: a request to the service was never answered`)), timeoutMs);
  const context: StepContext = {
    service,
    database: environment.database,
    upstreams: environment.upstreams,
    get: (path) => get(service.url, path),
    linesOf: (reqId) => service.lines.filter((line) => line.reqId === reqId),
  };
  try {
    await Promise.race([check.run(context), hung]);
    await new Promise((resolve) => setImmediate(resolve));
    return unhandled.length > 0 ? { name: check.name, ok: false, message: unhandled.join('\n'), section } : { name: check.name, ok: true, section };
  } catch (error) {
    return { name: check.name, ok: false, message: [describe(error), ...unhandled].join('\n'), section };
  } finally {
    clearTimeout(timer);
    process.off('unhandledRejection', onUnhandled);
    environment.upstreams.prices.release();
    environment.upstreams.stock.release();
    await service[Symbol.asyncDispose]();
  }
}

export interface GradeStepOptions {
  /** A database and upstreams already running (the proofs share one); default: started here and stopped after. */
  environment?: Environment;
}

/** Runs `step`'s checks against the service tree in `tree` (a folder holding main.ts). */
export async function gradeStep(step: Step, tree: string, options: GradeStepOptions = {}): Promise<StepGradeResult> {
  const { default: checks } = (await import(pathToFileURL(step.checkFile).href)) as { default: StepCheck[] };
  const owned = options.environment === undefined;
  const environment = options.environment ?? (await startEnvironment());
  try {
    const results: StepCheckResult[] = [];
    for (const check of checks) {
      try {
        results.push(await runCheck(check, tree, environment, check.section ?? step.task.section));
      } catch (error) {
        // The service did not start: no check can run.
        if (error instanceof ServiceStartError) return { kind: 'did-not-load', message: error.message };
        throw error;
      }
    }
    return { kind: 'checked', checks: results };
  } finally {
    if (owned) await environment[Symbol.asyncDispose]();
  }
}
