// A pg.Pool in front of a real PostgreSQL wire protocol (PGlite, see database.ts). Promise.all over
// rows opens at most `max` connections and queues the rest in the pool; a client held across an
// unrelated await keeps its connection from everyone else, until waiting requests time out.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net --allow-read
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startDatabase } from './database.ts';

await using database = await startDatabase();

// #region promise-all
const pool = new pg.Pool({ ...database.config, max: 5 });
try {
  let peakWaiting = 0;
  const ids = Array.from({ length: 20 }, (_, i) => i);
  await Promise.all(
    ids.map(async (id) => {
      const query = pool.query<{ id: number }>('SELECT $1::int AS id', [id]);
      peakWaiting = Math.max(peakWaiting, pool.waitingCount); // queued in the pool, not sent
      return (await query).rows;
    }),
  );
  console.log(`20 queries: ${pool.totalCount} connections, up to ${peakWaiting} queries waiting for one`);
} finally {
  await pool.end();
}
console.log(`the server accepted ${database.connections} connections`);
// #endregion promise-all

// #region held
async function handleRequest(pool: pg.Pool, name: string): Promise<string> {
  const client = await pool.connect(); // rejects after connectionTimeoutMillis with none free
  try {
    const { rows } = await client.query<{ n: number }>('SELECT 1 AS n');
    await sleep(300); // a call to another service, made while holding the connection
    return `${name}: ok ${rows.length}`;
  } finally {
    client.release();
  }
}

const small = new pg.Pool({ ...database.config, max: 2, connectionTimeoutMillis: 100 });
try {
  const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((name) => handleRequest(small, name)));
  for (const outcome of outcomes) {
    console.log(outcome.status === 'fulfilled' ? outcome.value : `rejected: ${(outcome.reason as Error).message}`);
  }
} finally {
  await small.end();
}
// #endregion held

// #region released
async function handleRequestFixed(pool: pg.Pool, name: string): Promise<string> {
  const { rows } = await pool.query<{ n: number }>('SELECT 1 AS n'); // checks out, queries, releases
  await sleep(300); // the other service, with no connection held
  return `${name}: ok ${rows.length}`;
}

const fixed = new pg.Pool({ ...database.config, max: 2, connectionTimeoutMillis: 100 });
try {
  const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((name) => handleRequestFixed(fixed, name)));
  console.log(outcomes.map((o) => o.status).join(', '));
} finally {
  await fixed.end();
}
// #endregion released
