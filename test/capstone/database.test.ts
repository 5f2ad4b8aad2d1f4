// The capstone's database (capstone/database/): the schema and seed rows, and which server-side
// cancellation each kind honours, the fact the /build/deadlines/ page states. PGlite always runs;
// a real PostgreSQL runs too when DATABASE_URL is set (`DATABASE_URL=postgresql://… npm run check:capstone`).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTS, startDatabase, type Database } from '../../capstone/database/database.ts';

/** Runs `pg_sleep(seconds)` on one connection and tries to stop it after 50 ms the way `how` says. */
async function sleepAndStop(database: Database, how: 'pg_cancel_backend' | 'statement_timeout', seconds: number): Promise<string> {
  const client = new pg.Client({ connectionString: database.url });
  const canceller = new pg.Client({ connectionString: database.url });
  await client.connect();
  await canceller.connect();
  try {
    if (how === 'statement_timeout') await client.query("SET statement_timeout = '50ms'");
    const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
    const sleeping = client.query('SELECT pg_sleep($1)', [seconds]).then(
      () => 'ran to the end',
      (error: unknown) => `cancelled: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (how === 'pg_cancel_backend') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await canceller.query('SELECT pg_cancel_backend($1)', [pid]);
    }
    return await sleeping;
  } finally {
    await client.end();
    await canceller.end();
  }
}

describe('the capstone database', () => {
  // One PGlite for both of its tests: starting one takes seconds.
  let embedded: Database;
  beforeAll(async () => {
    embedded = await startDatabase({ url: '' });
  });
  afterAll(async () => {
    await embedded[Symbol.asyncDispose]();
  });

  it('embedded (PGlite): has the seeded products and an empty audits table', async () => {
    const database = embedded;
    expect(database.kind).toBe('embedded');
    const rows = await database.query<{ sku: string; name: string }>('SELECT sku, name FROM products ORDER BY sku');
    expect(Object.fromEntries(rows.map((row) => [row.sku, row.name]))).toEqual(PRODUCTS);
    expect(await database.audits()).toEqual([]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('INSERT INTO audits (request_id, sku, outcome) VALUES ($1, $2, $3)', ['req-1', 'mug', 'ok']);
    await client.end();
    expect(await database.audits()).toEqual([{ id: 1, request_id: 'req-1', sku: 'mug', outcome: 'ok' }]);
  });

  it('embedded (PGlite): honours neither pg_cancel_backend nor statement_timeout (a statement runs to its end)', async () => {
    const database = embedded;
    expect(await sleepAndStop(database, 'pg_cancel_backend', 0.3)).toBe('ran to the end');
    expect(await sleepAndStop(database, 'statement_timeout', 0.3)).toBe('ran to the end');
  });

  it.skipIf(!process.env['DATABASE_URL'])('real PostgreSQL (DATABASE_URL): cancels on the server through both', async () => {
    await using database = await startDatabase();
    expect(database.kind).toBe('postgres');
    expect(await sleepAndStop(database, 'pg_cancel_backend', 5)).toBe('cancelled: canceling statement due to user request');
    expect(await sleepAndStop(database, 'statement_timeout', 5)).toBe('cancelled: canceling statement due to statement timeout');
  });
});
