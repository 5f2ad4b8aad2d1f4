// The proofs of the capstone's steps: for each step N, its checks fail on the tree after step N-1
// (naming the checks that fail) and pass on the tree after step N. One database and one pair of
// upstreams serve every run; each check starts the tree's service afresh. Prints how long it took.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCapstoneCatalogue } from '../../src/capstone/catalogue.ts';
import { gradeStep, type StepGradeResult } from '../../src/capstone/grade.ts';
import { startEnvironment, type Environment } from '../../src/capstone/environment.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const root = projectRoot();
const capstone = createCapstoneCatalogue(root);
// Inside the project, so the trees' imports of fastify, pg, … resolve to its node_modules.
const trees = path.join(root, '.cache', 'capstone', 'trees');

/** The checks each step's starting state must fail (the others it may pass). */
const FAILING_BEFORE: Record<number, string[]> = {
  1: ['GET /quotes/kettle answers 200', 'an unknown sku, and an unknown route, are answered 404', 'each quote served writes one audit row'],
  2: ['GET /quotes/kettle answers the price', 'both upstreams are called at once', 'a failing upstream is answered 503'],
  3: ['a slow upstream is answered 504', 'the deadline aborts the fetch', 'the deadline stops a query'],
  4: ['an upstream GET that fails once is retried', 'an upstream that keeps failing is tried a few times', 'at most UPSTREAM_CONCURRENCY calls', 'with every pool connection busy'],
  5: ['every line logged while serving two quotes'],
  6: ['on SIGTERM, a request in flight', 'a request still running at SHUTDOWN_MS'],
};

function failing(result: StepGradeResult): string[] {
  return result.kind === 'checked' ? result.checks.filter((check) => !check.ok).map((check) => check.name) : [`${result.kind}: ${result.message}`];
}

let environment: Environment;
const started = performance.now();

beforeAll(async () => {
  environment = await startEnvironment();
});
afterAll(async () => {
  await environment[Symbol.asyncDispose]();
  console.log(`capstone steps: ${((performance.now() - started) / 1000).toFixed(1)} s for ${Object.keys(FAILING_BEFORE).length} steps`);
});

describe('each capstone step', () => {
  for (const step of capstone.steps().filter((s) => s.id.number in FAILING_BEFORE)) {
    const n = step.id.number;
    it(`build/${n} (${step.id.slug}): its checks fail on the tree after step ${n - 1}, naming them, and pass on the tree after step ${n}`, async () => {
      const before = await gradeStep(step, capstone.writeTree(n - 1, path.join(trees, `after-${n - 1}`)), { environment });
      const after = await gradeStep(step, capstone.writeTree(n, path.join(trees, `after-${n}`)), { environment });
      expect(failing(after), `the solution of step ${n} fails its own checks`).toEqual([]);
      const expected = FAILING_BEFORE[n] ?? [];
      const failed = failing(before);
      expect(
        expected.filter((start) => !failed.some((name) => name.startsWith(start))),
        `step ${n}'s starting state passes checks it should fail; it failed: ${failed.join(' | ')}`,
      ).toEqual([]);
    });
  }
});
