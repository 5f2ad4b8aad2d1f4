// The proof of the fault and load run (capstone/load/): it passes on the tree after step 7, fails on
// the tree after step 6 (a client that never finishes its request holds the shutdown), and fails on
// each mutant of capstone/mutants/ naming what broke. One database and one pair of upstreams serve
// every run; each run starts its tree's service afresh. Prints how long it took.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, type LoadRunResult } from '../../capstone/load/run.ts';
import { createCapstoneCatalogue } from '../../src/capstone/catalogue.ts';
import { startEnvironment, type Environment } from '../../src/capstone/environment.ts';
import type { CriterionId } from '../../src/capstone/load-verdict.ts';
import { applyMutant, MUTANTS, readMutant, type MutantName } from '../../src/capstone/mutants.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDatabaseProxy } from '../../capstone/load/database-proxy.ts';

const root = projectRoot();
const capstone = createCapstoneCatalogue(root);
// Inside the project, so the trees' imports of fastify, pg, … resolve to its node_modules.
const trees = path.join(root, '.cache', 'capstone', 'load-trees');

/** What each mutant must break, in the verdict's words (the criterion, and words of one of its examples). */
const BREAKS: Record<MutantName, { criterion: CriterionId; example: RegExp }> = {
  'no-deadline': { criterion: 'in-time', example: /^#\d+ \w+: (200|503 shutting_down) after \d+ ms$/ },
  'no-limiter': { criterion: 'limiter', example: /^the prices upstream had \d+ calls in flight at once$/ },
  'no-shutdown-handler': { criterion: 'shutdown', example: /^it was ended by SIGTERM \(no handler\)$/ },
  'no-error-mapping': { criterion: 'answer-shape', example: /^#\d+ \w+: 50[03] / },
};

function write(files: ReadonlyMap<string, string>, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function broken(result: LoadRunResult): Partial<Record<CriterionId, string[]>> {
  return Object.fromEntries(result.verdict.filter((c) => !c.passed).map((c) => [c.id, c.examples]));
}

let environment: Environment;
const started = performance.now();
let runs = 0;
const run = async (tree: string): Promise<LoadRunResult> => {
  runs++;
  return runLoad(tree, { environment });
};

beforeAll(async () => {
  environment = await startEnvironment();
});
afterAll(async () => {
  await environment[Symbol.asyncDispose]();
  console.log(`capstone load run: ${((performance.now() - started) / 1000).toFixed(1)} s for ${runs} runs`);
});

describe("the load run's database proxy", () => {
  it('gives each of many concurrent parametrized queries its own answer while another connection holds a transaction, and answers late while slow', async () => {
    await using proxy = await startDatabaseProxy(environment.database.url);
    const url = proxy.urlFor(environment.database.url);
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // Straight to PGlite's socket server this gave 6 wrong answers and 2 errors of 120 (PGlite
      // 0.5): the queries' messages queue behind the transaction and come out interleaved. Each
      // query names its own number, so an answer that is another's shows.
      for (let round = 0; round < 3; round++) {
        await holder.query('BEGIN');
        const commit = sleep(100).then(() => holder.query('COMMIT'));
        const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.query<{ n: number }>('SELECT $1::int AS n, name FROM products WHERE sku = $2', [i, 'mug'])));
        await commit;
        expect(answers.map((answer) => answer.rows[0]?.n)).toEqual(Array.from({ length: 40 }, (_, i) => i));
      }
      proxy.slowFor(10_000, 300);
      const started = performance.now();
      await pool.query('SELECT 1');
      // A lower bound only: the delay is the proxy's own timer.
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      await holder.end();
      await pool.end();
    }
  });
});

describe('the fault and load run', () => {
  it('passes on the tree after step 7', async () => {
    const result = await run(capstone.writeTree(7, path.join(trees, 'after-7')));
    expect(broken(result)).toEqual({});
    // The faults happened: every kind of answer the run provokes was given.
    const outcomes = new Set(result.record.requests.map((r) => r.outcome));
    expect([...outcomes].toSorted()).toEqual(expect.arrayContaining(['200', '503 database_busy', '503 shutting_down', '503 upstream_unavailable', '504 deadline_exceeded']));
  });

  it("fails on the tree after step 6: the service waits for ever for a client that never finishes its request, and is killed", async () => {
    const result = await run(capstone.writeTree(6, path.join(trees, 'after-6')));
    expect(Object.keys(broken(result))).toEqual(['shutdown']);
    expect(broken(result)['shutdown']).toContain(
      'a client that never finished its request was still connected until the process ended: the server waited for it (a request timeout, or closing what is left when the shutdown deadline comes, frees it)',
    );
  });

  for (const name of MUTANTS) {
    it(`fails on the mutant ${name}, naming what broke`, async () => {
      const tree = write(applyMutant(name, readMutant(root, name), capstone.treeAfter(7)), path.join(trees, name));
      const result = await run(tree);
      const { criterion, example } = BREAKS[name];
      expect(Object.keys(broken(result)), `the run did not break "${criterion}" on ${name}`).toContain(criterion);
      expect(broken(result)[criterion]?.some((line) => example.test(line)), `no example of "${criterion}" matches ${String(example)}: ${broken(result)[criterion]?.join(' | ')}`).toBe(true);
    });
  }
});
